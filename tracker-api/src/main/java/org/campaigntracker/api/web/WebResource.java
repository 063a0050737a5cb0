package org.campaigntracker.api.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.campaigntracker.api.security.Public;

/**
 * Serves the bundled pages under {@code /campaigns/{slug}/{page}} and their assets under {@code /assets/{name}}. A page
 * is any {@code web/{page}.html} on the class path, so adding a page needs no change here. Pages are public because
 * they hold no data: the data comes from the API with the token, and a strict Content-Security-Policy keeps scripts
 * to our own bundled files (no CDN, works offline).
 */
@Public
@Path("/")
public final class WebResource {

    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private static final Pattern PAGE = Pattern.compile("[a-z][a-z-]{0,39}");
    private static final Pattern ASSET = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}\\.(js|css|svg)");
    private static final Map<String, String> TYPES = Map.of("js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "svg", "image/svg+xml");

    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    /**
     * The campaign's index of pages. Without the final slash the browser would resolve the pages' relative addresses
     * one level up, so the bare address redirects to the one with it (the #token fragment survives a redirect).
     */
    @GET
    @Path("campaigns/{slug}")
    @Produces("text/html; charset=utf-8")
    public Response index(@PathParam("slug") String slug, @Context UriInfo uri) {
        String path = uri.getRequestUri().getRawPath();
        if (!path.endsWith("/")) {
            return Response.status(Response.Status.PERMANENT_REDIRECT)
                    .location(uri.getRequestUriBuilder().replacePath(path + "/").build()).build();
        }
        return page(slug, "index");
    }

    @GET
    @Path("campaigns/{slug}/{page}")
    @Produces("text/html; charset=utf-8")
    public Response page(@PathParam("slug") String slug, @PathParam("page") String page) {
        if (!PAGE.matcher(page).matches()) {
            throw new NotFoundException();
        }
        return Response.ok(bundled(page + ".html")).header("Content-Security-Policy", CSP)
                .header("Referrer-Policy", "no-referrer").build();
    }

    @GET
    @Path("assets/{name}")
    @Produces({"text/javascript", "text/css", "image/svg+xml"})
    public Response asset(@PathParam("name") String name) {
        if (!ASSET.matcher(name).matches()) {
            throw new NotFoundException();
        }
        String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
        return Response.ok(bundled("assets/" + name)).type(type).header("Cache-Control", "max-age=300").build();
    }

    private byte[] bundled(String name) {
        return cache.computeIfAbsent(name, WebResource::read);
    }

    private static byte[] read(String name) {
        try (InputStream in = WebResource.class.getResourceAsStream("/web/" + name)) {
            if (in == null) {
                throw new NotFoundException();
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
