package org.campaigntracker.db.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresBinariesTest {

    @Test
    void concurrentExtractionsAgreeOnOneCompleteFolder(@TempDir Path cache) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Callable<Path> extract = () -> PostgresBinaries.ensureExtracted(cache).installDir();
            List<Future<Path>> results = pool.invokeAll(List.of(extract, extract, extract));
            Path installed = results.get(0).get();
            for (Future<Path> result : results) {
                assertThat(result.get()).isEqualTo(installed);
            }
            assertThat(installed.getFileName().toString()).isEqualTo("postgres-15.19.0");
            try (Stream<Path> leftovers = Files.list(cache)) {
                assertThat(leftovers).containsExactly(installed); // losers cleaned up their temp folders
            }
            for (String tool : List.of("postgres", "pg_ctl", "initdb")) {
                assertThat(Files.isExecutable(installed.resolve("bin").resolve(tool))).as(tool).isTrue();
            }
            Path libpq = installed.resolve("lib/libpq.so.5");
            assertThat(Files.isSymbolicLink(libpq)).isTrue();
            assertThat(Files.readSymbolicLink(libpq).toString()).isEqualTo("libpq.so.5.15");
            assertThat(Files.exists(libpq)).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCompleteFolderIsReusedWithoutUnpackingAgain(@TempDir Path cache) throws Exception {
        Path installed = PostgresBinaries.ensureExtracted(cache).installDir();
        Path marker = installed.resolve("marker");
        Files.writeString(marker, "kept");
        long t0 = System.nanoTime();
        assertThat(PostgresBinaries.ensureExtracted(cache).installDir()).isEqualTo(installed);
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(500);
        assertThat(marker).hasContent("kept");
    }

    @Test
    void cacheFolderCanBeOverridden(@TempDir Path cache) {
        String previous = System.getProperty(PostgresBinaries.CACHE_PROPERTY);
        System.setProperty(PostgresBinaries.CACHE_PROPERTY, cache.toString());
        try {
            assertThat(PostgresBinaries.defaultCacheRoot()).isEqualTo(cache);
        } finally {
            if (previous == null) {
                System.clearProperty(PostgresBinaries.CACHE_PROPERTY);
            } else {
                System.setProperty(PostgresBinaries.CACHE_PROPERTY, previous);
            }
        }
    }
}
