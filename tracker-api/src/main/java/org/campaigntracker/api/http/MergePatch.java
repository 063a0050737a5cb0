package org.campaigntracker.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.campaigntracker.api.json.ObjectMapperProvider;
import org.campaigntracker.core.common.InvalidInputException;

/**
 * PATCH with {@code application/merge-patch+json} (RFC 7396): the patch is merged into the item's current body (a
 * member set to {@code null} is removed, an object merges into an object, anything else replaces), and the result is
 * written as a PUT of it would be, with the same validation and the same refusal of unknown fields.
 * <p>
 * The If-Match of the request is resolved against the very version the patch was merged into ({@link #pinned}),
 * so {@code If-Match: *} cannot write a merge of an older state over a newer one: a write in between makes the
 * update's version check fail (412).
 */
public final class MergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private MergePatch() {
    }

    /** The current body with the patch merged in, read back as the PUT body type. */
    @SuppressWarnings("unchecked")
    public static <B> B apply(B current, JsonNode patch) throws JsonProcessingException {
        if (patch == null || !patch.isObject()) {
            throw InvalidInputException.of("body", "merge_patch_object");
        }
        ObjectMapper mapper = ObjectMapperProvider.shared();
        JsonNode merged = merge(mapper.valueToTree(current), patch);
        return (B) mapper.treeToValue(merged, current.getClass());
    }

    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : ObjectMapperProvider.shared().createObjectNode();
        for (Map.Entry<String, JsonNode> member : patch.properties()) {
            if (member.getValue().isNull()) {
                result.remove(member.getKey());
            } else {
                result.set(member.getKey(), merge(result.get(member.getKey()), member.getValue()));
            }
        }
        return result;
    }

    /**
     * The request's headers with If-Match resolved to the version the patch was merged into: 428 without If-Match,
     * {@code *} or a list naming that version gives it, a stale tag stays stale (the write then answers 412).
     */
    public static HttpHeaders pinned(HttpHeaders headers, String entity, Object id, int mergedInto) {
        int expected = Etags.expectedVersion(headers, entity, id, () -> mergedInto);
        return new Pinned(headers, "\"v" + expected + "\"");
    }

    /** Delegates everything but If-Match. */
    private record Pinned(HttpHeaders request, String ifMatch) implements HttpHeaders {

        @Override
        public List<String> getRequestHeader(String name) {
            return IF_MATCH.equalsIgnoreCase(name) ? List.of(ifMatch) : request.getRequestHeader(name);
        }

        @Override
        public String getHeaderString(String name) {
            return IF_MATCH.equalsIgnoreCase(name) ? ifMatch : request.getHeaderString(name);
        }

        @Override
        public MultivaluedMap<String, String> getRequestHeaders() {
            MultivaluedMap<String, String> all = new MultivaluedHashMap<>(request.getRequestHeaders());
            all.putSingle(IF_MATCH, ifMatch);
            return all;
        }

        @Override
        public List<MediaType> getAcceptableMediaTypes() {
            return request.getAcceptableMediaTypes();
        }

        @Override
        public List<Locale> getAcceptableLanguages() {
            return request.getAcceptableLanguages();
        }

        @Override
        public MediaType getMediaType() {
            return request.getMediaType();
        }

        @Override
        public Locale getLanguage() {
            return request.getLanguage();
        }

        @Override
        public Map<String, Cookie> getCookies() {
            return request.getCookies();
        }

        @Override
        public Date getDate() {
            return request.getDate();
        }

        @Override
        public int getLength() {
            return request.getLength();
        }
    }
}
