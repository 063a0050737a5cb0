package org.campaigntracker.cli.remote;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.campaigntracker.api.json.ObjectMapperProvider;

/**
 * The CLI's HTTP client of the tracker's API: the token as a bearer, the user's language, JSON both ways. A POST carries
 * an {@code Idempotency-Key} and is sent again once, with the same key, when the connection fails before an answer:
 * the server then answers the first write's result instead of writing twice. Any other failure is one exception:
 * {@link RemoteUnreachableException} when no answer came, {@link RemoteProblemException} for a problem the server
 * answered (in the user's language, since the request said which).
 */
public final class RemoteApi {

    private static final Duration CONNECT = Duration.ofSeconds(5);
    private static final Duration ANSWER = Duration.ofSeconds(60);
    private static final int PAGE = 100;
    /** A campaign's lists are far shorter; past this a server is answering in circles. */
    private static final int MAX_PAGES = 10_000;

    private final RemoteSettings settings;
    private final Locale locale;
    /**
     * One client per JVM: a client holds its idle connections open (keep-alive) until it is collected, and a JVM that
     * runs many commands (the resident helper, the tests) would otherwise reach the server's limit of open connections
     * per address and be refused.
     */
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(CONNECT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    // Lenient on reading: a newer server may add fields this client does not know. One per JVM, like the client.
    private static final ObjectMapper MAPPER = ObjectMapperProvider.create()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public RemoteApi(RemoteSettings settings, Locale locale) {
        this.settings = settings;
        this.locale = locale;
    }

    public ObjectMapper mapper() {
        return MAPPER;
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public JsonNode get(String path) {
        return read(exchange("GET", path, null, null, "application/json"), JsonNode.class);
    }

    public <T> T get(String path, Class<T> type) {
        return read(exchange("GET", path, null, null, "application/json"), type);
    }

    /** The body of a text resource (a calendar, a document), as the server sends it. */
    public String text(String path, String accept) {
        return exchange("GET", path, null, null, accept).body();
    }

    /** Every item of a paged list ({@code {"items": […], "next": …}}), one page of 100 after the other. */
    public <T> List<T> list(String path, Class<T> itemType) {
        return list(path, itemType, 0, Integer.MAX_VALUE);
    }

    /** At most {@code max} items of a paged list, from {@code offset} on. */
    public <T> List<T> list(String path, Class<T> itemType, int offset, int max) {
        JavaType items = MAPPER.getTypeFactory().constructCollectionType(List.class, itemType);
        List<T> all = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        for (int page = 0; page < MAX_PAGES && all.size() < max; page++) {
            int limit = Math.min(PAGE, max - all.size());
            JsonNode answer = get(path + separator + "limit=" + limit + "&offset=" + (offset + all.size()));
            try {
                all.addAll(MAPPER.readerFor(items).readValue(answer.path("items")));
            } catch (IOException e) {
                throw new RemoteProblemException(502, "bad-answer", "GET " + path + ": " + e.getMessage());
            }
            if (!answer.hasNonNull("next")) {
                return all;
            }
        }
        if (all.size() >= max) {
            return all;
        }
        throw new RemoteProblemException(502, "bad-answer", "GET " + path + ": more than " + MAX_PAGES + " pages");
    }

    /** A write: POST (with an idempotency key), PUT or PATCH (with If-Match when {@code version} is given). */
    public <T> T send(String method, String path, Object body, Integer version, Class<T> type) {
        HttpResponse<String> answer = exchange(method, path, body, version, "application/json");
        return type == Void.class || answer.statusCode() == 204 ? null : read(answer, type);
    }

    public void delete(String path, Integer version) {
        exchange("DELETE", path, null, version, "application/json");
    }

    private HttpResponse<String> exchange(String method, String path, Object body, Integer version, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.url() + path))
                .timeout(ANSWER)
                .header("Authorization", "Bearer " + settings.token())
                .header("Accept", accept + ", application/problem+json")
                .header("Accept-Language", locale.getLanguage())
                .header("User-Agent", "campaign-tracker-cli");
        if (version != null) {
            request.header("If-Match", "\"v" + version + "\"");
        }
        boolean post = method.equals("POST");
        if (post) {
            request.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofByteArray(json(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpRequest built = request.build();
        HttpResponse<String> answer = send(built, post || !isWrite(method));
        if (answer.statusCode() >= 400) {
            throw problem(answer);
        }
        if (answer.statusCode() >= 300 && answer.statusCode() != 304) {
            // A proxy sending http to https, or a server that moved: the token is not sent after it, the user is told.
            throw new RemoteRedirectException(settings.url(), answer.headers().firstValue("Location").orElse("?"));
        }
        return answer;
    }

    /**
     * One exchange; when the connection fails, once more if the request is safe to repeat (a read, or a POST whose
     * key makes the server answer the first result), or if it cannot have reached the server (not connected).
     */
    private HttpResponse<String> send(HttpRequest request, boolean repeatable) {
        IOException first = null;
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (HttpConnectTimeoutException | ConnectException e) {
                first = first == null ? e : first;
            } catch (HttpTimeoutException e) {
                throw new RemoteUnreachableException(settings.url(), e);
            } catch (IOException e) {
                first = first == null ? e : first;
                if (!repeatable) {
                    break;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RemoteUnreachableException(settings.url(), e);
            }
        }
        throw new RemoteUnreachableException(settings.url(), first);
    }

    private static boolean isWrite(String method) {
        return !method.equals("GET") && !method.equals("HEAD");
    }

    private RuntimeException problem(HttpResponse<String> answer) {
        int status = answer.statusCode();
        if (status == 401) {
            return new RemoteAuthException(settings.url());
        }
        String type = "about:blank";
        String detail = null;
        try {
            JsonNode problem = MAPPER.readTree(answer.body());
            type = problem.path("type").asText(type);
            type = type.substring(type.lastIndexOf('/') + 1);
            detail = problem.hasNonNull("detail") ? problem.get("detail").asText() : null;
            if (problem.hasNonNull("errorId")) {
                detail = (detail == null ? "" : detail + " ") + "(" + problem.get("errorId").asText() + ")";
            }
        } catch (IOException | RuntimeException notJson) {
            // A proxy's error page: the status says enough.
        }
        return new RemoteProblemException(status, type, detail == null ? "HTTP " + status : detail);
    }

    private <T> T read(HttpResponse<String> answer, Class<T> type) {
        try {
            return MAPPER.readValue(answer.body(), type);
        } catch (IOException e) {
            throw new RemoteProblemException(502, "bad-answer", answer.request().method() + " "
                    + answer.request().uri().getPath() + ": " + e.getMessage());
        }
    }

    private byte[] json(Object body) {
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + body.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
