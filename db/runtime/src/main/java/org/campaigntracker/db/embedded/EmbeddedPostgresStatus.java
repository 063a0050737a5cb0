package org.campaigntracker.db.embedded;

import java.nio.file.Path;

/**
 * What {@link EmbeddedPostgres#status(Path)} found, without starting anything.
 *
 * @param initialised   the data folder exists and holds a PostgreSQL cluster
 * @param running       a postmaster for this data folder is alive and accepts TCP connections
 * @param port          the port it listens on when running, otherwise the port it used last (null if never started)
 * @param pid           the postmaster's process id when running, otherwise null
 * @param dataDirectory the data folder (whether or not it exists)
 * @param version       the major version stored in the data folder (PG_VERSION, e.g. "15"), null if not initialised
 */
public record EmbeddedPostgresStatus(
        boolean initialised, boolean running, Integer port, Long pid, Path dataDirectory, String version) {
}
