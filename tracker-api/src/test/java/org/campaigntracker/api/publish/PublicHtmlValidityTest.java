package org.campaigntracker.api.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.dom.HtmlDocumentBuilder;
import nu.validator.htmlparser.sax.HtmlParser;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.demo.DemoLoader;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Every HTML file of the demo's public pages, everything published, parses without a single error of the HTML5
 * parsing algorithm (the parser of the Nu Html Checker), with one h1, unique ids, machine-readable dates and the
 * OpenGraph tags a shared link shows.
 */
class PublicHtmlValidityTest {

    @Test
    void everyPublicPageParsesWithoutErrorAndIsWellFormedForReaders() throws Exception {
        try (Tracker tracker = Tracker.over(TestPostgres.freshDatabase().simpleDataSource())) {
            DemoLoader.load(tracker);
            PublicDemo.publishEverything(tracker);
            int checked = 0;
            for (var c : tracker.campaigns().list()) {
                for (Map.Entry<String, byte[]> f : PublicFiles.of(tracker.publish().publishedView(c.id())).entrySet()) {
                    if (f.getKey().endsWith(".html")) {
                        check(f.getKey(), f.getValue());
                        checked++;
                    }
                }
            }
            assertThat(checked).isEqualTo(8);
        }
    }

    /**
     * The W3C's Nu Html Checker itself (the vnu.jar npm ships, run on this JDK in its own process, so its many
     * dependencies stay out of ours) finds no error in any public page of the demo, everything published, nor in the
     * bundled pages of the browser interface.
     */
    @Test
    void theNuHtmlCheckerFindsNoErrorInThePublicOrTheBundledPages(@TempDir Path dir) throws Exception {
        try (Tracker tracker = Tracker.over(TestPostgres.freshDatabase().simpleDataSource())) {
            DemoLoader.load(tracker);
            PublicDemo.publishEverything(tracker);
            for (var c : tracker.campaigns().list()) {
                for (Map.Entry<String, byte[]> f : PublicFiles.of(tracker.publish().publishedView(c.id())).entrySet()) {
                    if (f.getKey().endsWith(".html")) {
                        Path file = dir.resolve(c.slug() + "-" + f.getKey().replace('/', '-'));
                        Files.write(file, f.getValue());
                    }
                }
            }
        }
        try (var bundled = Files.list(Path.of("src/main/resources/web"))) {
            for (Path page : bundled.filter(p -> p.toString().endsWith(".html")).toList()) {
                Files.copy(page, dir.resolve("web-" + page.getFileName()));
            }
        }
        List<String> files;
        try (var listed = Files.list(dir)) {
            files = listed.map(Path::toString).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(14);
        assertThat(nuChecker(files)).isEmpty();
        // The checker does find errors: a misplaced element is one.
        Path broken = dir.resolve("broken.html");
        Files.writeString(broken, "<!doctype html><html lang=en><title>x</title><ul><p>a</p></ul>");
        assertThat(nuChecker(List.of(broken.toString()))).isNotEmpty();
    }

    /** The checker's errors, one line each ("file:line: message"). */
    private static List<String> nuChecker(List<String> files) throws Exception {
        Path jar = Path.of("target/npm/node_modules/vnu-jar/build/dist/vnu.jar");
        assertThat(jar).as("vnu.jar, installed by npm ci from src/test/npm").exists();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString(), "--errors-only", "--format",
                "json"));
        command.addAll(files);
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        byte[] report = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        List<String> errors = new ArrayList<>();
        for (JsonNode m : new ObjectMapper().readTree(report).path("messages")) {
            errors.add(m.path("url").asText().replaceAll(".*/", "") + ":" + m.path("lastLine").asText() + ": "
                    + m.path("message").asText());
        }
        return errors;
    }

    @Test
    void aParseErrorIsCaught() throws Exception {
        List<String> errors = parse("<!doctype html><html lang=en><title>x</title><p>a</div>".getBytes()).errors;
        assertThat(errors).isNotEmpty();
    }

    private static void check(String name, byte[] html) throws Exception {
        Parsed parsed = parse(html);
        assertThat(parsed.errors).as(name).isEmpty();
        Document doc = parsed.doc;
        assertThat(doc.getDocumentElement().getAttribute("lang")).as(name).isIn("en", "fr");
        assertThat(doc.getElementsByTagName("h1").getLength()).as(name + " h1").isEqualTo(1);
        Set<String> ids = new HashSet<>();
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.hasAttribute("id")) {
                assertThat(ids.add(e.getAttribute("id"))).as(name + " unique id " + e.getAttribute("id")).isTrue();
            }
            if (e.getTagName().equals("time")) {
                assertThat(e.getAttribute("datetime")).as(name).matches("\\d{4}-\\d{2}-\\d{2}");
            }
        }
        if (!name.endsWith("embed.html")) {
            String head = new String(html, java.nio.charset.StandardCharsets.UTF_8);
            assertThat(head).as(name).contains("property=\"og:title\"", "property=\"og:description\"",
                    "property=\"og:type\"", "name=\"viewport\"");
        }
    }

    private record Parsed(Document doc, List<String> errors) {
    }

    /** Errors from the SAX parser (the DOM builder does not report them), the tree from the DOM builder. */
    private static Parsed parse(byte[] html) throws Exception {
        List<String> errors = new ArrayList<>();
        HtmlParser sax = new HtmlParser(XmlViolationPolicy.ALTER_INFOSET);
        sax.setContentHandler(new DefaultHandler());
        sax.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }
        });
        sax.parse(source(html));
        return new Parsed(new HtmlDocumentBuilder(XmlViolationPolicy.ALTER_INFOSET).parse(source(html)), errors);
    }

    private static InputSource source(byte[] html) {
        InputSource in = new InputSource(new ByteArrayInputStream(html));
        in.setEncoding("UTF-8");
        return in;
    }
}
