package org.campaigntracker.cli.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.campaigntracker.cli.CliRun;
import org.campaigntracker.cli.ExitCode;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class MapCommandTest {

    @TempDir
    Path home;

    private CliRun cli;
    private int stakeholders;
    private int relationships;

    @BeforeEach
    void demo() throws Exception {
        cli = new CliRun(TestPostgres.freshDatabase(), home.toString());
        assertThat(cli.run("demo", "--no-serve").exitCode()).isZero();
        JsonNode map = new ObjectMapper().readTree(ok(cli.run("map", "--json")));
        stakeholders = map.get("nodes").size();
        relationships = map.get("edges").size();
        assertThat(stakeholders).isEqualTo(new ObjectMapper().readTree(ok(cli.run("stakeholder", "list", "--json")))
                .size());
    }

    @Test
    void theGridAndTheGapsInTheTerminal() {
        String out = ok(cli.run("map", "--days", "3650"));
        assertThat(out).contains("Stakeholder map of", stakeholders + " stakeholders")
                .contains("power 5", "Nicolas Grivel (CNAF)")
                .contains("Targets no coalition member or ally can reach", "Demands no target supports");
        // With a ten-year horizon, nobody ever met is faded; with one day, everyone is.
        assertThat(out).contains("power 5, stance -1: CNAF, ").doesNotContain("Nicolas Grivel (CNAF)°")
                .contains("power 3, stance 0: Mediapart");
        assertThat(ok(cli.run("--lang", "fr", "map", "--days", "1"))).contains("Cartographie de", "pouvoir 5",
                "Nicolas Grivel (CNAF)°", "Revendications qu’aucune cible ne soutient");
    }

    @Test
    void exportsGexfGraphMlSvgAndCsv() throws Exception {
        Path gexf = home.resolve("caf.gexf");
        assertThat(ok(cli.run("map", "export", "--format", "gexf", "--output", gexf.toString())))
                .contains("Map written to");
        Document g = parse(Files.readString(gexf));
        assertThat(g.getElementsByTagName("node").getLength()).isEqualTo(stakeholders);
        assertThat(g.getElementsByTagName("edge").getLength()).isEqualTo(relationships);

        Document graphml = parse(ok(cli.run("map", "export", "--format", "graphml")));
        assertThat(graphml.getElementsByTagName("node").getLength()).isEqualTo(stakeholders);
        assertThat(graphml.getElementsByTagName("edge").getLength()).isEqualTo(relationships);

        Document svg = parse(ok(cli.run("--lang", "fr", "map", "export", "--format", "SVG")));
        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");

        assertThat(ok(cli.run("map", "export", "--format", "csv", "-o", home.resolve("caf.csv").toString())))
                .contains("caf-nodes.csv").contains("caf-edges.csv");
        assertThat(Files.readAllLines(home.resolve("caf-nodes.csv"))).hasSize(stakeholders + 1)
                .first().isEqualTo(String.join(",", MapExportCommand.NODE_COLUMNS));
        assertThat(Files.readAllLines(home.resolve("caf-edges.csv"))).hasSize(relationships + 1);
        String both = ok(cli.run("map", "export", "--format", "csv"));
        assertThat(both.split("\\R\\R")).hasSize(2);
    }

    @Test
    void badOptionsAreOneLineAndWriteNothing() {
        CliRun.Result format = cli.run("map", "export", "--format", "pdf", "--output", home.resolve("x").toString());
        assertThat(format.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(format.err().lines()).containsExactly("tracker: format must be one of: gexf, graphml, csv, svg");
        assertThat(home.resolve("x")).doesNotExist();
        CliRun.Result power = cli.run("map", "--min-power", "9");
        assertThat(power.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(power.err().lines()).hasSize(1);
        assertThat(cli.run("map", "export").exitCode()).isEqualTo(ExitCode.USAGE);
    }

    private static String ok(CliRun.Result r) {
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r.out();
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
