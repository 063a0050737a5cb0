package org.campaigntracker.api.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * bench/run matches the figures of bench/map/run.sh with bench/targets.tsv by name: a figure printed under another
 * name leaves its target "not measured". The benchmark itself is too slow for the test suite; its names are not.
 */
class MapBenchNamesTest {

    private static final Path BENCH = Path.of("..", "bench");

    @Test
    void everyMapTargetIsAFigureTheBenchmarkPrints() throws Exception {
        List<String> targets = Files.readAllLines(BENCH.resolve("targets.tsv")).stream()
                .filter(line -> line.startsWith("map.")).map(line -> line.split("\t")[0]).toList();

        assertThat(targets).containsExactly("map.json", "map.path", "map.page_interactive");
        assertThat(MapBench.FIGURES).containsAll(targets);
    }

    @Test
    void theScriptDocumentsEveryFigureAndItsFloor() throws Exception {
        String script = Files.readString(BENCH.resolve("map/run.sh"));

        assertThat(MapBench.FIGURES).allSatisfy(name -> assertThat(script).contains("#   " + name + " "));
        assertThat(script).contains("<name>.floor");
    }
}
