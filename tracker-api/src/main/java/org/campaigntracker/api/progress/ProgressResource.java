package org.campaigntracker.api.progress;

import static org.campaigntracker.api.security.CallerPrincipal.campaignId;
import static org.campaigntracker.core.access.Role.ADVISER;
import static org.campaigntracker.core.access.Role.COORDINATOR;
import static org.campaigntracker.core.access.Role.PARTNER;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;
import org.campaigntracker.api.http.AcceptEncoding;
import org.campaigntracker.api.http.Etags;
import org.campaigntracker.api.http.Gzip;
import org.campaigntracker.api.json.ObjectMapperProvider;
import org.campaigntracker.api.security.Allow;
import org.campaigntracker.core.progress.Progress;
import org.campaigntracker.core.progress.ProgressService;

/** The dashboard a partner polls; its ETag is the campaign revision and day, so polling is cheap both ways. */
@Path("/api/v1/campaigns/{slug}/progress")
@Produces(MediaType.APPLICATION_JSON)
public final class ProgressResource {

    private final ProgressService progress;
    // The JSON of the last progress served per campaign: partners poll far more often than campaigns change, and
    // writing the same tens of kilobytes of JSON again for each poll would cost more than everything else.
    private final ConcurrentMap<Long, Rendered> rendered = new ConcurrentHashMap<>();

    // The gzip copy is made once per revision too, on the first request that takes it: a dashboard polling through
    // a browser or an HTTP library then receives about a tenth of the bytes, at no CPU cost per poll.
    private record Rendered(EntityTag tag, byte[] json, AtomicReference<byte[]> gzip) {

        Rendered(EntityTag tag, byte[] json) {
            this(tag, json, new AtomicReference<>());
        }

        byte[] gzipped() {
            byte[] bytes = gzip.get();
            if (bytes == null) {
                bytes = Gzip.compress(json);
                gzip.set(bytes);
            }
            return bytes;
        }
    }

    public ProgressResource(ProgressService progress) {
        this.progress = progress;
    }

    @GET
    @Allow({PARTNER, ADVISER, COORDINATOR})
    public Response get(@Context SecurityContext sc, @Context Request request, @Context HttpHeaders headers)
            throws JsonProcessingException {
        long campaignId = campaignId(sc);
        Progress p = progress.progress(campaignId);
        EntityTag tag = new EntityTag("r" + p.revision() + "-" + p.asOf());
        Rendered body = rendered.get(campaignId);
        if (body == null || !body.tag().equals(tag)) {
            body = new Rendered(tag, ObjectMapperProvider.shared().writeValueAsBytes(ProgressRepresentation.from(p)));
            rendered.put(campaignId, body);
        }
        boolean gzip = AcceptEncoding.allowsGzip(headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
        // The two codings are two representations, so they carry two tags (RFC 9110 §8.8.3).
        EntityTag sent = gzip ? new EntityTag(tag.getValue() + "-gzip") : tag;
        Response.ResponseBuilder notModified = Etags.notModified(request, sent);
        if (notModified != null) {
            return notModified.tag(sent).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING).build();
        }
        Response.ResponseBuilder ok = Response.ok(gzip ? body.gzipped() : body.json(), MediaType.APPLICATION_JSON_TYPE)
                .tag(sent).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        return (gzip ? ok.header(HttpHeaders.CONTENT_ENCODING, "gzip") : ok).build();
    }
}
