package org.campaigntracker.api.docs;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.campaigntracker.api.security.Public;

/**
 * The OpenAPI 3.1 document (written by hand, checked against the registered routes by a test) and a docs page that
 * renders it with a small bundled script: no CDN, so the page works offline and leaks no reader to a third party.
 */
@Public
@Path("/api/v1")
public final class DocsResource {

    private static final Map<String, String> ASSETS = Map.of("docs.js", "text/javascript; charset=utf-8",
            "docs.css", "text/css; charset=utf-8");

    private final byte[] openApi = read("openapi.json");
    private final byte[] page = read("docs.html");

    @GET
    @Path("openapi.json")
    @Produces("application/json")
    public Response openApi() {
        return Response.ok(openApi).header("Cache-Control", "max-age=300").build();
    }

    @GET
    @Path("docs")
    @Produces("text/html; charset=utf-8")
    public Response page() {
        return Response.ok(page).header("Content-Security-Policy", "default-src 'self'").build();
    }

    @GET
    @Path("docs/{asset}")
    @Produces({"text/javascript", "text/css"})
    public Response asset(@PathParam("asset") String name) {
        String type = ASSETS.get(name);
        if (type == null) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        return Response.ok(read(name)).type(type).header("Cache-Control", "max-age=3600").build();
    }

    private static byte[] read(String name) {
        try (InputStream in = DocsResource.class.getResourceAsStream("/api-docs/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource api-docs/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
