package org.campaigntracker.api.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campaigntracker.api.json.ObjectMapperProvider;
import org.campaigntracker.core.publish.PublicView;

/**
 * Every file of a campaign's public page, by its path under the site's root: what the server answers at
 * {@code /{path}} and what {@code tracker publish --static} writes, byte for byte.
 */
public final class PublicFiles {

    public static final List<String> LANGUAGES = List.of("en", "fr");
    /** The bundled files the pages link to, under {@code assets/}. */
    public static final List<String> ASSETS = List.of("app.css", "public.css", "icon.svg");

    private PublicFiles() {
    }

    /** The page in the campaign's language, the page in each language, the snippet, the feed and the JSON. */
    public static Map<String, byte[]> of(PublicView v) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        String p = "p/" + v.slug();
        files.put(p + ".html", page(v, v.defaultLanguage()));
        for (String language : LANGUAGES) {
            files.put(p + "." + language + ".html", page(v, language));
        }
        files.put(p + ".json", json(v));
        files.put(p + "/feed.atom", feed(v));
        files.put(p + "/embed.html", embed(v));
        for (String asset : ASSETS) {
            files.put("assets/" + asset, asset(asset));
        }
        return files;
    }

    public static byte[] page(PublicView v, String language) {
        return PublicPage.page(v, language).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The page for a coordinator's preview, shown in a frame of another page whose policy forbids a base address:
     * its relative links (styles, the other language, the feeds) are written from the root, as they resolve on
     * the public page under /p/.
     */
    public static byte[] preview(PublicView v, String language) {
        String slug = Html.escape(v.slug());
        return PublicPage.page(v, language).replace("href=\"../assets/", "href=\"/assets/")
                .replace("href=\"" + slug + ".", "href=\"/p/" + slug + ".")
                .replace("href=\"" + slug + "/", "href=\"/p/" + slug + "/")
                .getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] embed(PublicView v) {
        return PublicPage.embed(v, v.defaultLanguage()).getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] feed(PublicView v) {
        return PublicFeed.atom(v).getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] json(PublicView v) {
        try {
            return ObjectMapperProvider.shared().writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(PublicJson.from(v));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] asset(String name) {
        try (InputStream in = PublicFiles.class.getResourceAsStream("/web/assets/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
