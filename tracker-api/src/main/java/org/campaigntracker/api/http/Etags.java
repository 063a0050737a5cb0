package org.campaigntracker.api.http;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaigntracker.api.problem.MalformedHeaderException;
import org.campaigntracker.api.problem.PreconditionRequiredException;
import org.campaigntracker.core.common.StaleVersionException;

/**
 * ETags from versions: {@code "v3"} for the full representation, {@code "v3-public"} for the partner view of the
 * same version (the bodies differ, so the tags must). If-Match carries the version into core, where the update
 * checks it in its WHERE clause: the check and the write are one statement, so two racing writers cannot both win.
 */
public final class Etags {

    private static final Pattern VERSION = Pattern.compile("\\s*\"v([0-9]{1,9})\"\\s*");

    private Etags() {
    }

    public static EntityTag of(int version, boolean publicView) {
        return new EntityTag("v" + version + (publicView ? "-public" : ""));
    }

    /** 200 with the entity and its ETag, or 304 when If-None-Match already names it. */
    public static Response item(Request request, Object entity, EntityTag tag) {
        Response.ResponseBuilder notModified = notModified(request, tag);
        if (notModified != null) {
            return notModified.tag(tag).build();
        }
        return Response.ok(entity).tag(tag).build();
    }

    /** A 304 (or 412) builder when the conditional headers say so, else null; 400 when they are not entity tags. */
    public static Response.ResponseBuilder notModified(Request request, EntityTag tag) {
        try {
            return request.evaluatePreconditions(tag);
        } catch (ProcessingException e) {
            // Jersey parses If-Match and If-None-Match here, and fails on a value that is no entity tag.
            throw new MalformedHeaderException(HttpHeaders.IF_NONE_MATCH + " or " + HttpHeaders.IF_MATCH,
                    e.getMessage());
        }
    }

    /**
     * The version the client read, from If-Match. Missing → 428; anything but one of our tags (a weak tag, "*", a
     * list) cannot name a version, so it fails the precondition → 412.
     */
    public static int expectedVersion(HttpHeaders headers, String entity, Object id) {
        String ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        Matcher m = VERSION.matcher(ifMatch);
        if (!m.matches()) {
            throw new StaleVersionException(entity, id, 0);
        }
        return Integer.parseInt(m.group(1));
    }
}
