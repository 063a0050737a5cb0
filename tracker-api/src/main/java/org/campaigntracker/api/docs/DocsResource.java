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
 * The OpenAPI 3.1 document (assembled at build time from src/main/openapi, checked against the server by the contract
 * tests) and a docs page that renders it with Swagger UI, unpacked from its WebJar at build time: no CDN, so the page
 * works offline and leaks no reader to a third party. The page runs no inline script: its policy allows scripts and
 * styles from this server only (and data: images, which Swagger UI's style sheet uses for icons).
 */
@Public
@Path("/api/v1")
public final class DocsResource {

    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    private static final Map<String, String> TYPES = Map.of("docs.js", "text/javascript; charset=utf-8",
            "docs.css", "text/css; charset=utf-8", "swagger-ui-bundle.js", "text/javascript; charset=utf-8",
            "swagger-ui.css", "text/css; charset=utf-8");
    // read once: the Swagger UI bundle is 1.7 MB
    private final Map<String, byte[]> assets = TYPES.keySet().stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(n -> n, DocsResource::read));

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
        return Response.ok(page).header("Content-Security-Policy", CSP).build();
    }

    @GET
    @Path("docs/{asset}")
    @Produces({"text/javascript", "text/css"})
    public Response asset(@PathParam("asset") String name) {
        String type = TYPES.get(name);
        if (type == null) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        return Response.ok(assets.get(name)).type(type).header("Cache-Control", "max-age=3600").build();
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
