package org.campaigntracker.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What every page must pass in the browser, whatever it shows: no console error, no request leaving the origin, no
 * "undefined", "null", "NaN", raw code or untranslated key in its text, no sideways scrolling on a phone, and no
 * serious or critical axe-core violation (WCAG 2.0–2.2 A and AA rules). Screenshots of the whole page go to
 * target/screenshots for a person to look at.
 */
final class PageChecks {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final Path SHOTS = Path.of("target", "screenshots");
    /** Put there by `npm ci` in target/npm (tracker-api/pom.xml), at the version src/test/npm pins. */
    private static final Path AXE = Path.of("target", "npm", "node_modules", "axe-core", "axe.min.js");
    /** Runs before any script of the page: records errors, CSP violations and failed promises. */
    private static final String HOOK = "window.__problems = [];"
            + "addEventListener('error', function (e) { __problems.push('error: ' + (e.message || e.target.src || e.target.href)); }, true);"
            + "addEventListener('unhandledrejection', function (e) { __problems.push('rejection: ' + e.reason); });"
            + "addEventListener('securitypolicyviolation', function (e) { __problems.push('csp: ' + e.blockedURI); });"
            + "var ce = console.error; console.error = function () { __problems.push('console: ' + Array.from(arguments).join(' ')); ce.apply(console, arguments); };";
    /** Words that must never reach a reader: a code with underscores, a key of the dictionaries, a placeholder. */
    private static final String BAD_TEXT = "\\b(undefined|null|NaN)\\b|\\b[a-z]+_[a-z_]+\\b|\\{\\d\\}"
            + "|\\b(home|map|ledger|coverage|log|card|gaps|filter|table|index|about|why|zoom|grid|network|level|category"
            + "|kind|status|stance|rel|tone|nav|role|error|stale)\\.[a-z_.]+";

    private final Browser browser;
    private final String axe;

    PageChecks(Browser browser) {
        this.browser = browser;
        if (!Files.isRegularFile(AXE)) {
            throw new AssertionError(AXE.toAbsolutePath() + " is missing: run the build through Maven (npm ci installs it)");
        }
        try {
            this.axe = Files.readString(AXE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        browser.cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOOK));
    }

    /** Opens the page at this width and waits until it says it is ready (or has shown its error). */
    void open(URI url, int width) {
        browser.viewport(width, width < 600 ? 844 : 900);
        browser.consoleLog();
        browser.open(url);
        browser.waitFor("['ready', 'error'].indexOf(document.body.dataset.state) >= 0", WAIT);
    }

    String text() {
        return browser.script("return document.body.innerText;").asText();
    }

    /** Every check of the class comment, then the screenshot {@code name}.png. */
    void check(String name, int width) {
        List<String> failures = new ArrayList<>();
        browser.fullScreenshot(SHOTS.resolve(name + ".png"));
        String text = text();
        java.util.regex.Matcher bad = java.util.regex.Pattern.compile(BAD_TEXT).matcher(text);
        while (bad.find()) {
            failures.add("text shows \"" + bad.group() + "\" in …"
                    + text.substring(Math.max(0, bad.start() - 40), Math.min(text.length(), bad.end() + 40)) + "…");
        }
        JsonNode problems = browser.script("return window.__problems || ['the hook did not run'];");
        problems.forEach(p -> failures.add(p.asText()));
        browser.consoleLog().forEach(entry -> {
            if ("SEVERE".equals(entry.path("level").asText())) {
                failures.add("console: " + entry.path("message").asText());
            }
        });
        JsonNode foreign = browser.script("return performance.getEntriesByType('resource').map(function (e) { return e.name; })"
                + ".filter(function (n) { return n.indexOf(location.origin + '/') !== 0; });");
        foreign.forEach(f -> failures.add("request leaving the origin: " + f.asText()));
        if (width < 600) {
            JsonNode scroll = browser.script("return [document.documentElement.scrollWidth, window.innerWidth];");
            if (scroll.get(0).asInt() > scroll.get(1).asInt()) {
                failures.add("scrolls sideways: " + scroll.get(0).asInt() + " px wide in " + scroll.get(1).asInt());
            }
        }
        failures.addAll(axe());
        assertThat(failures).as(name).isEmpty();
    }

    /** axe-core's serious and critical violations, one line each with the first elements concerned. */
    List<String> axe() {
        browser.script(axe + "; return true;");
        JsonNode result = browser.scriptAsync("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})"
                + ".then(function (r) { done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                + ".map(function (v) { return v.id + ' (' + v.impact + '): ' + v.help + ' — ' + v.nodes.slice(0, 3).map(function (n) {"
                + " return n.target.join(' '); }).join(', '); })); }, function (e) { done(['axe failed: ' + e]); });");
        List<String> lines = new ArrayList<>();
        result.forEach(v -> lines.add("axe: " + v.asText()));
        return lines;
    }
}
