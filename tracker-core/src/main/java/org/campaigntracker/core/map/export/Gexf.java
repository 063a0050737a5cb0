package org.campaigntracker.core.map.export;

import java.io.Writer;
import java.util.List;
import org.campaigntracker.core.map.StakeholderMap;

/**
 * GEXF 1.3 (gexf.net), the format Gephi opens natively. The graph is dynamic with dates as time format: each
 * relationship carries its {@code since}/{@code until} as {@code start}/{@code end}, so Gephi's timeline shows the
 * network as it was on any day. Node attributes carry category, power, stance, engagement and access for styling.
 */
public final class Gexf {

    public static final String NAMESPACE = "http://gexf.net/1.3";

    private static final List<String[]> NODE_ATTRIBUTES = List.of(
            new String[] {"kind", "string"}, new String[] {"category", "string"}, new String[] {"function", "string"},
            new String[] {"organisation", "string"}, new String[] {"power", "integer"},
            new String[] {"stance", "integer"}, new String[] {"engagement", "integer"},
            new String[] {"last_contact", "string"}, new String[] {"faded", "boolean"},
            new String[] {"influence", "integer"}, new String[] {"access", "integer"});
    private static final List<String[]> EDGE_ATTRIBUTES = List.of(
            new String[] {"type", "string"}, new String[] {"strength", "integer"}, new String[] {"active", "boolean"});

    private Gexf() {
    }

    public static void write(StakeholderMap map, String description, Writer writer) {
        Xml xml = new Xml(writer);
        xml.open("gexf", "xmlns", NAMESPACE, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
                "xsi:schemaLocation", NAMESPACE + " http://gexf.net/1.3/gexf.xsd", "version", "1.3");
        xml.open("meta", "lastmodifieddate", map.asOf()).text("creator", "Campaign Tracker")
                .text("description", description).close();
        xml.open("graph", "defaultedgetype", "directed", "mode", "dynamic", "timeformat", "date");
        declare(xml, "node", NODE_ATTRIBUTES);
        declare(xml, "edge", EDGE_ATTRIBUTES);
        xml.open("nodes", "count", map.nodes().size());
        for (StakeholderMap.Node n : map.nodes()) {
            xml.open("node", "id", n.id(), "label", n.label()).open("attvalues");
            values(xml, NODE_ATTRIBUTES, n.kind(), n.category(), n.function(), n.organisationName(), n.power(), n.stance(),
                    n.engagement(), n.lastContact(), n.faded(), n.influence(), n.access());
            xml.close().close();
        }
        xml.close().open("edges", "count", map.edges().size());
        for (StakeholderMap.Edge e : map.edges()) {
            xml.open("edge", "id", e.id(), "source", e.fromId(), "target", e.toId(), "label", e.type(),
                    "weight", e.strength(), "start", e.since(), "end", e.until()).open("attvalues");
            values(xml, EDGE_ATTRIBUTES, e.type(), e.strength(), e.active());
            xml.close().close();
        }
        xml.close().close().close().end();
    }

    private static void declare(Xml xml, String kind, List<String[]> attributes) {
        xml.open("attributes", "class", kind);
        for (String[] a : attributes) {
            xml.empty("attribute", "id", a[0], "title", a[0], "type", a[1]);
        }
        xml.close();
    }

    /** Values in the order of the declared attributes; an absent value is left out, as GEXF expects. */
    private static void values(Xml xml, List<String[]> declared, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                xml.empty("attvalue", "for", declared.get(i)[0], "value", values[i]);
            }
        }
    }
}
