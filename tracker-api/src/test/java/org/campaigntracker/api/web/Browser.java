package org.campaigntracker.api.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A headless Chromium driven over the W3C WebDriver protocol by Debian's chromedriver: a dozen HTTP calls cover what
 * page tests need, where Selenium would bring dozens of jars into the dependency convergence check. Missing browser
 * binaries fail the test with the command that installs them: a page test that skips proves nothing.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process driver;
    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String session;

    private Browser(Process driver, String base) throws IOException, InterruptedException {
        this.driver = driver;
        this.base = base;
        waitForDriver();
        JsonNode created = call("POST", "/session", Map.of("capabilities", Map.of("alwaysMatch", Map.of(
                "browserName", "chrome", "goog:loggingPrefs", Map.of("browser", "ALL"),
                "goog:chromeOptions", Map.of("binary", CHROMIUM.toString(), "args", List.of(
                        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--window-size=1400,1000", "--lang=en-GB"))))));
        this.session = "/session/" + created.get("sessionId").asText();
    }

    /** Starts chromedriver on a free port and opens a session; fails with the install command if absent. */
    public static Browser start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new AssertionError("Page tests need headless Chromium: " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing. Install them with `apt-get install -y chromium chromium-driver` (.ci/run does).");
        }
        try {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            Process p = new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return new Browser(p, "http://127.0.0.1:" + port);
        } catch (IOException e) {
            throw new AssertionError("cannot start " + CHROMEDRIVER + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Loads a page afresh: through about:blank, since a new #fragment alone would not reload it. */
    public void open(URI url) {
        call("POST", session + "/url", Map.of("url", "about:blank"));
        call("POST", session + "/url", Map.of("url", url.toString()));
    }

    /** Runs a script in the page ({@code return …}) and gives back its result as JSON. */
    public JsonNode script(String script, Object... args) {
        return call("POST", session + "/execute/sync", Map.of("script", script, "args", List.of(args)));
    }

    /** Runs an asynchronous script: it calls {@code arguments[arguments.length - 1]} with its result. */
    public JsonNode scriptAsync(String script, Object... args) {
        return call("POST", session + "/execute/async", Map.of("script", script, "args", List.of(args)));
    }

    /** A Chrome DevTools Protocol command (network conditions, device metrics, scripts run before the page's). */
    public JsonNode cdp(String command, Map<String, Object> params) {
        return call("POST", session + "/goog/cdp/execute", Map.of("cmd", command, "params", params));
    }

    /** The browser console's entries since the last call (chromedriver's log; a 404 shows there as SEVERE). */
    public JsonNode consoleLog() {
        return call("POST", session + "/se/log", Map.of("type", "browser"));
    }

    /** Cuts the network off (navigator.onLine false, every request fails) or gives it back. */
    public void offline(boolean offline) {
        cdp("Network.enable", Map.of());
        cdp("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /** A viewport of this width, as a phone (touch, device width) below 600 px. */
    public void viewport(int width, int height) {
        cdp("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1,
                "mobile", width < 600));
    }

    /** A screenshot of the whole page, not only the viewport. */
    public void fullScreenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            String png = cdp("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true))
                    .get("data").asText();
            Files.write(file, Base64.getDecoder().decode(png));
        } catch (IOException e) {
            throw new AssertionError("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Waits until the script returns true; fails with the page's alert text, if any, after the timeout. */
    public void waitFor(String script, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!script("return !!(" + script + ");").asBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + script + "; alert: "
                        + script("var a = document.querySelector('[role=alert]'); return a ? a.textContent : '';"));
            }
            sleep(50);
        }
    }

    /** An element reference as scripts take it: pass it in {@link #script}'s arguments. */
    public static Map<String, String> element(String id) {
        return Map.of(ELEMENT, id);
    }

    public String find(String css) {
        return call("POST", session + "/element", Map.of("using", "css selector", "value", css)).get(ELEMENT).asText();
    }

    public void click(String element) {
        call("POST", session + "/element/" + element + "/click", Map.of());
    }

    /** Types into an element as a user would; {@code "\uE007"} is the Enter key. */
    public void type(String element, String text) {
        call("POST", session + "/element/" + element + "/value", Map.of("text", text));
    }

    public void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode(call("GET", session + "/screenshot", null).asText()));
        } catch (IOException e) {
            throw new AssertionError("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            call("DELETE", session, null);
        } finally {
            driver.destroy();
        }
    }

    private void waitForDriver() throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            try {
                if (call("GET", "/status", null).path("ready").asBoolean()) {
                    return;
                }
            } catch (AssertionError notYet) {
                // chromedriver is still starting: try again shortly.
            }
            Thread.sleep(50);
        }
        throw new AssertionError("chromedriver did not start within 10 s");
    }

    /** One WebDriver command; returns its "value", or fails with the driver's error message. */
    private JsonNode call(String method, String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json");
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode value = JSON.readTree(response.body()).path("value");
            if (response.statusCode() != 200) {
                throw new AssertionError("WebDriver " + method + " " + path + ": " + value.path("message").asText());
            }
            return value;
        } catch (IOException e) {
            throw new AssertionError("WebDriver " + method + " " + path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
