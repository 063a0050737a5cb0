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

    public ProgressResource(ProgressService progress) {
        this.progress = progress;
    }

    @GET
    @Allow({PARTNER, ADVISER, COORDINATOR})
    public Response get(@Context SecurityContext sc, @Context Request request, @Context HttpHeaders headers) {
        ProgressService.View view = progress.view(campaignId(sc));
        Progress p = view.progress();
        EntityTag tag = new EntityTag("r" + p.revision() + "-" + p.asOf());
        // Partners poll far more often than campaigns change: the JSON (and its gzip copy, a tenth of the bytes) is
        // made once per progress value and kept with it by the service, not written again for each poll.
        byte[] json = view.renditions().get("json", () -> ProgressResource.json(p));
        boolean gzip = AcceptEncoding.allowsGzip(headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
        // The two codings are two representations, so they carry two tags (RFC 9110 §8.8.3).
        EntityTag sent = gzip ? new EntityTag(tag.getValue() + "-gzip") : tag;
        Response.ResponseBuilder notModified = Etags.notModified(request, sent);
        if (notModified != null) {
            return notModified.tag(sent).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING).build();
        }
        byte[] bytes = gzip ? view.renditions().get("json.gz", () -> Gzip.compress(json)) : json;
        Response.ResponseBuilder ok = Response.ok(bytes, MediaType.APPLICATION_JSON_TYPE)
                .tag(sent).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        return (gzip ? ok.header(HttpHeaders.CONTENT_ENCODING, "gzip") : ok).build();
    }

    private static byte[] json(Progress p) {
        try {
            return ObjectMapperProvider.shared().writeValueAsBytes(ProgressRepresentation.from(p));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("progress could not be written as JSON", e);
        }
    }
}
