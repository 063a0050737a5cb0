package org.campaigntracker.core.map.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.campaigntracker.core.TestTracker;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.map.MapFixture;
import org.campaigntracker.core.map.StakeholderMap;
import org.campaigntracker.core.stakeholder.StakeholderCategory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The exports of a real map (the CAF fixture, read from PostgreSQL, with relationship dates and one ended tie) are
 * valid against the official schemas, and a reader finds in them as many stakeholders and relationships as the
 * database holds. The last tests prove the validation has teeth: documents that break the schemas are refused.
 */
class ExportSchemaTest {

    private static final String SVG = "http://www.w3.org/2000/svg";

    private static Tracker tracker;
    private static MapFixture caf;
    private static StakeholderMap map;
    private static int stakeholders;
    private static int relationships;

    @BeforeAll
    static void fixture() {
        tracker = TestTracker.fresh();
        caf = new MapFixture(tracker, "caf-exports");
        map = tracker.maps().map(caf.campaign, MapFixture.TODAY, 90, 4);
        stakeholders = tracker.stakeholders().list(caf.campaign).size();
        relationships = tracker.relationships().list(caf.campaign).size();
    }

    @AfterAll
    static void close() {
        tracker.close();
    }

    @Test
    void theFixtureIsTheOneDescribed() {
        assertThat(stakeholders).isEqualTo(5);
        assertThat(relationships).isEqualTo(4);
    }

    @Test
    void gexfIsValidAndGivesBackEveryStakeholderAndDatedRelationship() {
        String gexf = write(w -> Gexf.write(map, "Remettre l’humain au cœur des CAF", w));

        assertThat(OfficialSchemas.gexfErrors(gexf)).isEmpty();
        Document doc = OfficialSchemas.parse(gexf);
        assertThat(doc.getElementsByTagNameNS(Gexf.NAMESPACE, "node").getLength()).isEqualTo(stakeholders);
        assertThat(doc.getElementsByTagNameNS(Gexf.NAMESPACE, "edge").getLength()).isEqualTo(relationships);
        assertThat(attribute(doc, Gexf.NAMESPACE, "nodes", "count")).containsExactly(String.valueOf(stakeholders));
        assertThat(attribute(doc, Gexf.NAMESPACE, "edges", "count")).containsExactly(String.valueOf(relationships));
        // Gephi's timeline: every tie starts on its date, and the ended one ends on its own.
        assertThat(attribute(doc, Gexf.NAMESPACE, "edge", "start"))
                .containsOnly(MapFixture.TODAY.minusYears(2).toString());
        assertThat(attribute(doc, Gexf.NAMESPACE, "edge", "end"))
                .containsExactlyInAnyOrder("", "", "", MapFixture.TODAY.minusDays(100).toString());
    }

    @Test
    void graphMlIsValidAndGivesBackEveryStakeholderAndRelationship() {
        String graphml = write(w -> GraphMl.write(map, w));

        assertThat(OfficialSchemas.graphMlErrors(graphml)).isEmpty();
        Document doc = OfficialSchemas.parse(graphml);
        assertThat(doc.getElementsByTagNameNS(GraphMl.NAMESPACE, "node").getLength()).isEqualTo(stakeholders);
        assertThat(doc.getElementsByTagNameNS(GraphMl.NAMESPACE, "edge").getLength()).isEqualTo(relationships);
    }

    @Test
    void theGridSvgIsWellFormedWithOneMarkPerStakeholder() {
        String svg = write(w -> GridSvg.write(map, "Remettre l’humain au cœur des CAF", Locale.FRENCH, w));

        Document doc = OfficialSchemas.parse(svg);
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(SVG);
        assertThat(doc.getElementsByTagNameNS(SVG, "circle").getLength())
                .isEqualTo(stakeholders + StakeholderCategory.values().length);
    }

    @Test
    void gexfThatBreaksTheSchemaIsRefused() {
        String valid = write(w -> Gexf.write(map, "CAF", w));

        assertThat(OfficialSchemas.gexfErrors(valid.replaceFirst("<attvalue for=\"[^\"]*\"", "<attvalue")))
                .anySatisfy(e -> assertThat(e).contains("for"));
        assertThat(OfficialSchemas.gexfErrors(valid.replace("mode=\"dynamic\"", "mode=\"timeline\"")))
                .anySatisfy(e -> assertThat(e).contains("timeline"));
        assertThat(OfficialSchemas.gexfErrors(valid.replaceFirst("start=\"[^\"]*\"", "start=\"last spring\"")))
                .isNotEmpty();
    }

    @Test
    void graphMlThatBreaksTheSchemaIsRefused() {
        String valid = write(w -> GraphMl.write(map, w));

        assertThat(OfficialSchemas.graphMlErrors(valid.replaceFirst(" target=\"[^\"]*\"", "")))
                .anySatisfy(e -> assertThat(e).contains("target"));
        assertThat(OfficialSchemas.graphMlErrors(valid.replaceFirst("edgedefault=\"directed\"",
                "edgedefault=\"sideways\""))).anySatisfy(e -> assertThat(e).contains("sideways"));
        assertThat(OfficialSchemas.graphMlErrors(valid.replace(GraphMl.NAMESPACE, "urn:not-graphml"))).isNotEmpty();
    }

    private interface Export {
        void to(StringWriter writer);
    }

    private static String write(Export export) {
        StringWriter out = new StringWriter();
        export.to(out);
        return out.toString();
    }

    private static List<String> attribute(Document doc, String namespace, String element, String name) {
        NodeList list = doc.getElementsByTagNameNS(namespace, element);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            values.add(((Element) list.item(i)).getAttribute(name));
        }
        return values;
    }
}
