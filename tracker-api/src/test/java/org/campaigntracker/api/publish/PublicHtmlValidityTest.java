package org.campaigntracker.api.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.dom.HtmlDocumentBuilder;
import nu.validator.htmlparser.sax.HtmlParser;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.demo.DemoLoader;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.Test;
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
