package org.campaigntracker.core.map.export;

import java.io.Writer;
import java.util.List;
import org.campaigntracker.core.map.StakeholderMap;

/**
 * GraphML (graphml.graphdrawing.org), read by yEd, Cytoscape, NetworkX and igraph. Every value is a declared key;
 * relationship dates are plain ISO dates since GraphML has no notion of time.
 */
public final class GraphMl {

    public static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

    private static final List<String[]> NODE_KEYS = List.of(new String[] {"label", "string"},
            new String[] {"kind", "string"}, new String[] {"category", "string"}, new String[] {"function", "string"},
            new String[] {"organisation", "string"}, new String[] {"power", "int"}, new String[] {"stance", "int"},
            new String[] {"engagement", "int"}, new String[] {"last_contact", "string"},
            new String[] {"faded", "boolean"}, new String[] {"influence", "int"}, new String[] {"access", "int"});
    private static final List<String[]> EDGE_KEYS = List.of(new String[] {"type", "string"},
            new String[] {"strength", "int"}, new String[] {"since", "string"}, new String[] {"until", "string"},
            new String[] {"active", "boolean"});

    private GraphMl() {
    }

    public static void write(StakeholderMap map, Writer writer) {
        Xml xml = new Xml(writer);
        xml.open("graphml", "xmlns", NAMESPACE, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
                "xsi:schemaLocation", NAMESPACE + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        keys(xml, "node", "n_", NODE_KEYS);
        keys(xml, "edge", "e_", EDGE_KEYS);
        xml.open("graph", "id", "stakeholders", "edgedefault", "directed");
        for (StakeholderMap.Node n : map.nodes()) {
            xml.open("node", "id", "n" + n.id());
            data(xml, "n_", NODE_KEYS, n.label(), n.kind(), n.category(), n.function(), n.organisationName(),
                    n.power(), n.stance(), n.engagement(), n.lastContact(), n.faded(), n.influence(), n.access());
            xml.close();
        }
        for (StakeholderMap.Edge e : map.edges()) {
            xml.open("edge", "id", "e" + e.id(), "source", "n" + e.fromId(), "target", "n" + e.toId());
            data(xml, "e_", EDGE_KEYS, e.type(), e.strength(), e.since(), e.until(), e.active());
            xml.close();
        }
        xml.close().close().end();
    }

    // Key ids are prefixed by what they describe: GraphML ids share one document-wide space.
    private static void keys(Xml xml, String kind, String prefix, List<String[]> keys) {
        for (String[] k : keys) {
            xml.empty("key", "id", prefix + k[0], "for", kind, "attr.name", k[0], "attr.type", k[1]);
        }
    }

    private static void data(Xml xml, String prefix, List<String[]> keys, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                xml.text("data", String.valueOf(values[i]), "key", prefix + keys.get(i)[0]);
            }
        }
    }
}
