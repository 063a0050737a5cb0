package org.campaigntracker.core.brief;

import java.util.Locale;

/** The two renderings of a briefing (and of the resource document): Markdown for sharing, HTML for printing. */
public enum BriefingFormat {
    MARKDOWN, HTML;

    public String render(Briefing briefing, Locale locale) {
        return render(BriefingDocument.of(briefing, locale), locale);
    }

    /** Any document made of titled sections of lines, such as the resource document. */
    public String render(BriefingDocument doc, Locale locale) {
        return this == MARKDOWN ? markdown(doc) : html(doc, locale);
    }

    static String markdown(BriefingDocument doc) {
        StringBuilder sb = new StringBuilder("# ").append(doc.title()).append("\n\n_").append(doc.subtitle()).append("_\n");
        for (BriefingDocument.Section s : doc.sections()) {
            sb.append("\n## ").append(s.heading()).append("\n\n");
            s.lines().forEach(l -> sb.append("- ").append(l.replace("\n", " ")).append('\n'));
        }
        return sb.toString();
    }

    static String html(BriefingDocument doc, Locale locale) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(locale.getLanguage())
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(escape(doc.title()))
                .append("</title>\n<style>\nbody{font-family:system-ui,sans-serif;max-width:48em;margin:2em auto;"
                        + "line-height:1.45;color:#111}h1{font-size:1.6em}h2{font-size:1.15em;border-bottom:1px solid #999;"
                        + "margin-top:1.6em}li{margin:.25em 0}@media print{body{margin:0}h2{break-after:avoid}}\n</style>\n"
                        + "</head>\n<body>\n<h1>").append(escape(doc.title())).append("</h1>\n<p><em>")
                .append(escape(doc.subtitle())).append("</em></p>\n");
        for (BriefingDocument.Section s : doc.sections()) {
            sb.append("<h2>").append(escape(s.heading())).append("</h2>\n<ul>\n");
            s.lines().forEach(l -> sb.append("<li>").append(escape(l)).append("</li>\n"));
            sb.append("</ul>\n");
        }
        return sb.append("</body>\n</html>\n").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    public static BriefingFormat parse(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "md", "markdown" -> MARKDOWN;
            case "html" -> HTML;
            default -> throw org.campaigntracker.core.common.InvalidInputException.of("format", "one_of", "md, html");
        };
    }
}
