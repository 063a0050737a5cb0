/**
 * Backups with PostgreSQL's own tools: {@code pg_dump -Fc} and {@code pg_restore}, found on the PATH or under
 * /usr/lib/postgresql/N/bin, of a major version at least the server's. The schema "privacy" (erasure ledger, audit
 * trail) is left out of every dump and survives restores: after restoring an older dump the ledger is re-applied, so
 * nobody erased since comes back, and the trail still tells who did what.
 */
package org.campaigntracker.core.backup;
