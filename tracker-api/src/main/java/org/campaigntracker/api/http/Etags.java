package org.campaigntracker.api.http;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
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

    private static final Pattern VERSION = Pattern.compile("\"v([0-9]{1,9})\"");
    /** One element of an entity-tag list and the comma after it: optional W/, quoted etagc characters. */
    private static final Pattern LIST_ITEM =
            Pattern.compile("[ \\t]*((?:W/)?\"[\\x21\\x23-\\x7e\\x80-\\xff]*\")[ \\t]*(?:,|$)");

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
     * The version to update or delete, from If-Match (RFC 9110 §13.1.1). Missing → 428. One of our tags names the
     * version the client read: core checks it in the same statement as the write. {@code *} matches whatever version
     * exists now, and a list matches when any tag in it is the current one: both read the current version first
     * ({@code current}, which answers 404 for a missing item, so 404 comes before 412). Weak tags and the partner
     * view's tags never match (If-Match compares strongly); a value that is no list of entity tags → 400.
     */
    public static int expectedVersion(HttpHeaders headers, String entity, Object id, IntSupplier current) {
        String ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        if (ifMatch.strip().equals("*")) {
            return current.getAsInt();
        }
        List<String> tags = entityTags(ifMatch);
        List<Integer> versions = tags.stream().map(VERSION::matcher).filter(Matcher::matches)
                .map(m -> Integer.parseInt(m.group(1))).toList();
        if (tags.size() == 1 && versions.size() == 1) {
            return versions.get(0);
        }
        int now = current.getAsInt();
        if (versions.contains(now)) {
            return now;
        }
        throw new StaleVersionException(entity, id, versions.isEmpty() ? 0 : versions.get(0));
    }

    /** The entity tags of an If-Match list, weak ones with their W/ prefix; 400 when it is not such a list. */
    static List<String> entityTags(String header) {
        List<String> tags = new ArrayList<>();
        Matcher m = LIST_ITEM.matcher(header);
        int at = 0;
        while (at < header.length()) {
            if (!m.find(at) || m.start() != at) {
                throw new MalformedHeaderException(HttpHeaders.IF_MATCH, header);
            }
            tags.add(m.group(1));
            at = m.end();
        }
        if (tags.isEmpty()) {
            throw new MalformedHeaderException(HttpHeaders.IF_MATCH, header);
        }
        return tags;
    }
}
