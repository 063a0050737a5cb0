package org.campaigntracker.api.publish;

import org.campaigntracker.api.http.grizzly.TrustedProxies;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import org.campaigntracker.api.http.Etags;
import org.campaigntracker.api.problem.Problem;
import org.campaigntracker.api.problem.RequestLocale;
import org.campaigntracker.api.security.Public;
import org.campaigntracker.core.publish.PublicView;
import org.campaigntracker.core.publish.PublishService;

/**
 * The public page of a published campaign: no token is needed, and none is read. Every answer is the bytes of
 * {@link PublicFiles}, with a strong ETag of those bytes and {@code Cache-Control: public, max-age=300}. An unknown or
 * unpublished campaign is a 404 that no cache may keep, so unpublishing takes effect at the next request; the view
 * is built per request from the database, so nothing of an unpublished page stays in this server either.
 */
@Public
@Path("/p")
public final class PublicResource {

    static final String SLUG = "{slug}";
    static final String CACHE = "public, max-age=300";
    /** The CSP of the pages, except that the snippet may be framed by any site. */
    static final String CSP = "default-src 'none'; img-src 'self'; style-src 'self'; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";
    static final String EMBED_CSP = CSP.replace("frame-ancestors 'none'", "frame-ancestors *");

    private final PublishService publish;
    private final PublicRateLimit limit;

    public PublicResource(PublishService publish, int perMinute) {
        this.publish = publish;
        this.limit = new PublicRateLimit(perMinute, System::currentTimeMillis);
    }

    /** The page in the language asked for by {@code ?lang=}, else by Accept-Language, else the campaign's. */
    @GET
    @Path(SLUG)
    public Response page(@PathParam("slug") String slug, @QueryParam("lang") String lang,
                         @Context HttpHeaders headers, @Context Request request,
                         @Context org.glassfish.grizzly.http.server.Request client) {
        return answer(slug, client, request, "text/html; charset=utf-8", CSP, v -> {
            String language = language(lang, headers, v.defaultLanguage());
            return PublicFiles.page(v, language);
        }, true);
    }

    @GET
    @Path(SLUG + ".html")
    public Response defaultPage(@PathParam("slug") String slug, @Context Request request,
                                @Context org.glassfish.grizzly.http.server.Request client) {
        return answer(slug, client, request, "text/html; charset=utf-8", CSP,
                v -> PublicFiles.page(v, v.defaultLanguage()), false);
    }

    @GET
    @Path(SLUG + ".{lang}.html")
    public Response pageIn(@PathParam("slug") String slug, @PathParam("lang") String lang,
                           @Context Request request, @Context org.glassfish.grizzly.http.server.Request client) {
        if (!PublicFiles.LANGUAGES.contains(lang)) {
            throw notFound(slug + "." + lang);
        }
        return answer(slug, client, request, "text/html; charset=utf-8", CSP, v -> PublicFiles.page(v, lang), false);
    }

    @GET
    @Path(SLUG + ".json")
    public Response json(@PathParam("slug") String slug, @Context Request request,
                         @Context org.glassfish.grizzly.http.server.Request client) {
        return answer(slug, client, request, "application/json", null, PublicFiles::json, false);
    }

    @GET
    @Path(SLUG + "/feed.atom")
    public Response feed(@PathParam("slug") String slug, @Context Request request,
                         @Context org.glassfish.grizzly.http.server.Request client) {
        return answer(slug, client, request, "application/atom+xml; charset=utf-8", null, PublicFiles::feed, false);
    }

    @GET
    @Path(SLUG + "/embed.html")
    public Response embed(@PathParam("slug") String slug, @Context Request request,
                          @Context org.glassfish.grizzly.http.server.Request client) {
        return answer(slug, client, request, "text/html; charset=utf-8", EMBED_CSP, PublicFiles::embed, false);
    }

    private Response answer(String slug, org.glassfish.grizzly.http.server.Request client, Request request,
                            String type, String csp, Function<PublicView, byte[]> render, boolean negotiated) {
        long wait = limit.retryAfter(client == null ? "" : TrustedProxies.client(client));
        if (wait > 0) {
            throw new WebApplicationException(Response.fromResponse(Problem.of(429, "Too Many Requests",
                    "rate-limited", "too many requests from this address; retry in " + wait + " s").toResponse())
                    .header(HttpHeaders.RETRY_AFTER, wait).header(HttpHeaders.CACHE_CONTROL, "no-store").build());
        }
        PublicView view = publish.published(slug).orElseThrow(() -> notFound(slug));
        byte[] body = render.apply(view);
        EntityTag tag = new EntityTag(digest(body));
        Response.ResponseBuilder b = Etags.notModified(request, tag);
        if (b == null) {
            b = Response.ok(body, type);
        }
        b.tag(tag).header(HttpHeaders.CACHE_CONTROL, CACHE);
        if (csp != null) {
            b.header("Content-Security-Policy", csp).header("Referrer-Policy", "no-referrer");
        }
        if (negotiated) {
            b.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        }
        return b.build();
    }

    /** The same 404 for a campaign that does not exist and one not published: neither may be told apart. */
    private static WebApplicationException notFound(String what) {
        return new WebApplicationException(Response.fromResponse(Problem.of(Response.Status.NOT_FOUND, "not-found",
                "no published campaign " + what).toResponse()).header(HttpHeaders.CACHE_CONTROL, "no-store").build());
    }

    static String language(String asked, HttpHeaders headers, String fallback) {
        if (asked != null && PublicFiles.LANGUAGES.contains(asked)) {
            return asked;
        }
        return RequestLocale.preferred(headers).map(Locale::getLanguage).orElse(fallback);
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 18));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
