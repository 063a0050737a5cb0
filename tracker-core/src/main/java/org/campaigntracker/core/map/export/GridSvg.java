package org.campaigntracker.core.map.export;

import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.campaigntracker.core.common.Messages;
import org.campaigntracker.core.map.StakeholderMap;
import org.campaigntracker.core.stakeholder.StakeholderCategory;

/**
 * The power × stance grid as a standalone SVG for slides: stance from against (left) to in favour (right), power from
 * 1 (bottom) to 5 (top); marks coloured by category, sized by engagement, faded when not contacted for long. Inside a
 * cell marks sit on a sunflower spiral, most engaged in the middle, so the layout is deterministic and never
 * overlaps badly however many stakeholders share a cell.
 */
public final class GridSvg {

    /** Category colours, the same as the map page's stylesheet. */
    public static final Map<StakeholderCategory, String> COLOURS = new EnumMap<>(Map.of(
            StakeholderCategory.direct_target, "#c0392b", StakeholderCategory.intermediate_target, "#d35400",
            StakeholderCategory.ally, "#1e8449", StakeholderCategory.coalition_member, "#2471a3",
            StakeholderCategory.media, "#7d3c98", StakeholderCategory.opponent, "#4d3b30",
            StakeholderCategory.neutral, "#717d7e"));

    private static final int LEFT = 70;
    private static final int TOP = 50;
    private static final int CELL_W = 150;
    private static final int CELL_H = 120;
    private static final int WIDTH = LEFT + 5 * CELL_W + 200;
    private static final int HEIGHT = TOP + 5 * CELL_H + 60;
    /** Labels beyond this many per cell would pile up on a slide; the marks are still drawn. */
    private static final int LABELS_PER_CELL = 10;

    private GridSvg() {
    }

    public static void write(StakeholderMap map, String title, Locale locale, Writer writer) {
        Xml xml = new Xml(writer);
        xml.open("svg", "xmlns", "http://www.w3.org/2000/svg", "width", WIDTH, "height", HEIGHT,
                "viewBox", "0 0 " + WIDTH + " " + HEIGHT, "font-family", "sans-serif", "font-size", 10);
        xml.text("title", title);
        xml.empty("rect", "width", WIDTH, "height", HEIGHT, "fill", "#ffffff");
        xml.text("text", title, "x", LEFT, "y", 24, "font-size", 16, "font-weight", "bold");
        axes(xml, locale);
        for (int stance = -2; stance <= 2; stance++) {
            for (int power = 1; power <= 5; power++) {
                cell(xml, map, stance, power);
            }
        }
        legend(xml, locale);
        xml.close().end();
    }

    private static void axes(Xml xml, Locale locale) {
        for (int i = 0; i < 5; i++) {
            xml.empty("rect", "x", LEFT + i * CELL_W, "y", TOP, "width", CELL_W, "height", 5 * CELL_H,
                    "fill", i % 2 == 0 ? "#f7f9f9" : "#ffffff", "stroke", "#d5dbdb");
            xml.text("text", String.format(Locale.ROOT, "%+d", i - 2).replace("+0", "0"), "x", LEFT + i * CELL_W
                    + CELL_W / 2, "y", TOP + 5 * CELL_H + 16, "text-anchor", "middle");
            xml.text("text", String.valueOf(5 - i), "x", LEFT - 10, "y", TOP + i * CELL_H + CELL_H / 2,
                    "text-anchor", "end");
        }
        xml.text("text", Messages.format(locale, "map.grid.stance"), "x", LEFT + 5 * CELL_W / 2,
                "y", TOP + 5 * CELL_H + 40, "text-anchor", "middle", "font-size", 12);
        xml.text("text", Messages.format(locale, "map.grid.power"), "x", 20, "y", TOP + 5 * CELL_H / 2,
                "text-anchor", "middle", "font-size", 12, "transform",
                "rotate(-90 20 " + (TOP + 5 * CELL_H / 2) + ")");
    }

    private static void cell(Xml xml, StakeholderMap map, int stance, int power) {
        List<StakeholderMap.Node> here = new ArrayList<>(map.nodes().stream()
                .filter(n -> n.stance() == stance && n.power() == power).toList());
        here.sort(Comparator.comparingInt(StakeholderMap.Node::engagement).reversed()
                .thenComparing(StakeholderMap.Node::label));
        double cx = LEFT + (stance + 2) * CELL_W + CELL_W / 2.0;
        double cy = TOP + (5 - power) * CELL_H + CELL_H / 2.0;
        double reach = Math.min(CELL_W, CELL_H) / 2.0 - 10;
        for (int i = 0; i < here.size(); i++) {
            StakeholderMap.Node n = here.get(i);
            double r = here.size() == 1 ? 0 : reach * Math.sqrt((i + 0.5) / here.size());
            double x = cx + r * Math.cos(i * 2.39996);
            double y = cy + r * Math.sin(i * 2.39996);
            double size = radius(n.engagement());
            xml.open("g", "opacity", n.faded() ? "0.35" : null);
            xml.open("circle", "cx", round(x), "cy", round(y), "r", round(size),
                    "fill", COLOURS.get(n.category()), "stroke", "#ffffff").text("title", n.label()).close();
            if (i < LABELS_PER_CELL) {
                xml.text("text", n.name(), "x", round(x + size + 2), "y", round(y + 3));
            }
            xml.close();
        }
    }

    private static void legend(Xml xml, Locale locale) {
        int x = LEFT + 5 * CELL_W + 20;
        int y = TOP + 10;
        for (StakeholderCategory c : StakeholderCategory.values()) {
            xml.empty("circle", "cx", x + 6, "cy", y, "r", 6, "fill", COLOURS.get(c));
            xml.text("text", Messages.format(locale, "category." + c.name()), "x", x + 18, "y", y + 4);
            y += 22;
        }
        xml.text("text", Messages.format(locale, "map.grid.size"), "x", x, "y", y + 10);
        xml.text("text", Messages.format(locale, "map.grid.faded"), "x", x, "y", y + 28);
    }

    /** Engagement grows a mark with its square root, so a hundred meetings do not swallow the cell. */
    static double radius(int engagement) {
        return 4 + Math.min(10, 2 * Math.sqrt(engagement));
    }

    private static String round(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
