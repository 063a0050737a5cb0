package org.campaigntracker.api.publish;

import java.time.LocalDate;

/** Builds HTML text, escaping every value: the page holds only text typed by the team, never markup. */
final class Html {

    private final StringBuilder b = new StringBuilder(16_384);

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Markup given as is: only literals of the renderer pass through here. */
    Html raw(String markup) {
        b.append(markup);
        return this;
    }

    Html text(String value) {
        b.append(escape(value));
        return this;
    }

    /** {@code <tag attrs>text</tag>} on one line; attrs are literals. */
    Html el(String tag, String attrs, String value) {
        b.append('<').append(tag).append(attrs.isEmpty() ? "" : " " + attrs).append('>').append(escape(value))
                .append("</").append(tag).append(">\n");
        return this;
    }

    Html time(LocalDate date, String shown) {
        return raw("<time datetime=\"" + date + "\">").text(shown).raw("</time>");
    }

    @Override
    public String toString() {
        return b.toString();
    }
}
