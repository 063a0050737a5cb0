package org.campaigntracker.core.map.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.campaigntracker.core.map.StakeholderMap;
import org.campaigntracker.core.stakeholder.RelationshipType;
import org.campaigntracker.core.stakeholder.StakeholderCategory;
import org.campaigntracker.core.stakeholder.StakeholderKind;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The exports of a map with awkward values (markup characters in a name, absent values) are valid against the official
 * schemas ({@link OfficialSchemas}), keep the order and references Gephi and yEd rely on, and give back as many nodes
 * and edges as the map holds. {@link ExportSchemaTest} does the same on a map read from the database.
 */
class ExportsTest {

    private static final LocalDate TODAY = LocalDate.of(2023, 1, 29);
    private static final StakeholderMap MAP = new StakeholderMap(TODAY, 90, List.of(
            node(1, "CNAF", null, StakeholderCategory.direct_target, 5, -1, 0, null),
            rated(node(2, "Nicolas Grivel", "CNAF", StakeholderCategory.direct_target, 5, 0, 3, TODAY.minusDays(12)), 4),
            node(3, "Secours catholique & co <\"test\">", null, StakeholderCategory.coalition_member, 3, 2, 9, TODAY)),
            List.of(new StakeholderMap.Edge(10, 2, 1, RelationshipType.works_for, 5, LocalDate.of(2020, 5, 1), null,
                            true),
                    new StakeholderMap.Edge(11, 3, 2, RelationshipType.knows, 3, LocalDate.of(2019, 1, 1),
                            LocalDate.of(2022, 12, 31), false)),
            new StakeholderMap.Gaps(4, List.of(), List.of(), List.of()));

    private static StakeholderMap.Node rated(StakeholderMap.Node n, int access) {
        return new StakeholderMap.Node(n.id(), n.kind(), n.name(), n.function(), n.organisationId(),
                n.organisationName(), n.category(), n.power(), n.stance(), n.engagement(), n.lastContact(), n.faded(),
                n.influence(), n.themeIds(), access, null);
    }

    private static StakeholderMap.Node node(long id, String name, String organisation, StakeholderCategory category,
                                            int power, int stance, int engagement, LocalDate last) {
        return new StakeholderMap.Node(id, organisation == null ? StakeholderKind.organisation
                : StakeholderKind.person, name, null, organisation == null ? null : 1L, organisation, category, power,
                stance, engagement, last, last == null, 0, List.of(), null, null);
    }

    @Test
    void gexfIsDynamicWithRelationshipDatesAndRoundTripsCounts() throws Exception {
        StringWriter out = new StringWriter();
        Gexf.write(MAP, "test", out);
        assertThat(OfficialSchemas.gexfErrors(out.toString())).isEmpty();
        Element root = OfficialSchemas.parse(out.toString()).getDocumentElement();

        assertThat(root.getNamespaceURI()).isEqualTo("http://gexf.net/1.3");
        assertThat(root.getLocalName()).isEqualTo("gexf");
        assertThat(root.getAttribute("version")).isEqualTo("1.3");
        Element graph = only(root, "graph");
        assertThat(graph.getAttribute("mode")).isEqualTo("dynamic");
        assertThat(graph.getAttribute("timeformat")).isEqualTo("date");
        // GEXF order: meta, then graph with attributes, nodes, edges.
        assertThat(childNames(root)).containsExactly("meta", "graph");
        assertThat(childNames(graph)).containsExactly("attributes", "attributes", "nodes", "edges");
        NodeList nodes = root.getElementsByTagNameNS(Gexf.NAMESPACE, "node");
        NodeList edges = root.getElementsByTagNameNS(Gexf.NAMESPACE, "edge");
        assertThat(nodes.getLength()).isEqualTo(3);
        assertThat(edges.getLength()).isEqualTo(2);
        assertThat(only(graph, "nodes").getAttribute("count")).isEqualTo("3");
        Element ended = (Element) edges.item(1);
        assertThat(ended.getAttribute("start")).isEqualTo("2019-01-01");
        assertThat(ended.getAttribute("end")).isEqualTo("2022-12-31");
        assertThat(((Element) edges.item(0)).hasAttribute("end")).isFalse();
        assertThat(((Element) nodes.item(2)).getAttribute("label")).isEqualTo("Secours catholique & co <\"test\">");
        assertEveryReferenceResolves(root, Gexf.NAMESPACE, "id", "attvalue", "for", "attribute", "id");
        assertThat(out.toString()).contains("title=\"access\"").containsOnlyOnce("<attvalue for=\"access\" value=\"4\"/>");
    }

    @Test
    void graphMlDeclaresEveryKeyAndRoundTripsCounts() throws Exception {
        StringWriter out = new StringWriter();
        GraphMl.write(MAP, out);
        assertThat(OfficialSchemas.graphMlErrors(out.toString())).isEmpty();
        Element root = OfficialSchemas.parse(out.toString()).getDocumentElement();

        assertThat(root.getNamespaceURI()).isEqualTo("http://graphml.graphdrawing.org/xmlns");
        assertThat(childNames(root)).containsExactly("key", "key", "key", "key", "key", "key", "key", "key", "key",
                "key", "key", "key", "key", "key", "key", "key", "key", "graph");
        assertThat(out.toString()).containsOnlyOnce("<data key=\"n_access\">4</data>");
        assertThat(only(root, "graph").getAttribute("edgedefault")).isEqualTo("directed");
        assertThat(root.getElementsByTagNameNS(GraphMl.NAMESPACE, "node").getLength()).isEqualTo(3);
        assertThat(root.getElementsByTagNameNS(GraphMl.NAMESPACE, "edge").getLength()).isEqualTo(2);
        assertEveryReferenceResolves(root, GraphMl.NAMESPACE, "id", "data", "key", "key", "id");
    }

    @Test
    void theGridSvgIsWellFormedWithOneMarkPerStakeholder() throws Exception {
        StringWriter out = new StringWriter();
        GridSvg.write(MAP, "Remettre l’humain au cœur des CAF", Locale.FRENCH, out);
        Document svg = OfficialSchemas.parse(out.toString());

        assertThat(svg.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        // One circle per stakeholder plus one per category in the legend.
        assertThat(svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "circle").getLength())
                .isEqualTo(3 + StakeholderCategory.values().length);
        assertThat(out.toString()).contains("Pouvoir", "opacity=\"0.35\"", "Nicolas Grivel (CNAF)");
        assertThat(GridSvg.radius(0)).isLessThan(GridSvg.radius(9));
        assertThat(GridSvg.radius(10_000)).isEqualTo(14);
    }

    /** Edges name existing nodes (source/target) and values name declared attributes or keys. */
    private static void assertEveryReferenceResolves(Element root, String ns, String nodeId, String value,
                                                     String valueRef, String declaration, String declarationId) {
        Set<String> nodeIds = ids(root.getElementsByTagNameNS(ns, "node"), nodeId);
        NodeList edges = root.getElementsByTagNameNS(ns, "edge");
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            assertThat(nodeIds).contains(e.getAttribute("source"), e.getAttribute("target"));
        }
        Set<String> declared = ids(root.getElementsByTagNameNS(ns, declaration), declarationId);
        assertThat(ids(root.getElementsByTagNameNS(ns, value), valueRef)).isNotEmpty().isSubsetOf(declared);
    }

    private static Set<String> ids(NodeList list, String attribute) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.getLength(); i++) {
            ids.add(((Element) list.item(i)).getAttribute(attribute));
        }
        return ids;
    }

    private static List<String> childNames(Element parent) {
        List<String> names = new java.util.ArrayList<>();
        for (org.w3c.dom.Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e) {
                names.add(e.getLocalName());
            }
        }
        return names;
    }

    private static Element only(Element parent, String name) {
        NodeList list = parent.getElementsByTagNameNS(parent.getNamespaceURI(), name);
        assertThat(list.getLength()).isEqualTo(1);
        return (Element) list.item(0);
    }
}
