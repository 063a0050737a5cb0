/**
 * Backups with PostgreSQL's own tools: {@code pg_dump -Fc} and {@code pg_restore}, found on the PATH or under
 * /usr/lib/postgresql/N/bin, of a major version at least the server's. The erasure ledger (schema "privacy") is left
 * out of every dump, so restoring an older dump never brings back an erasure's undoing: the ledger is re-applied.
 */
package org.campaigntracker.core.backup;
