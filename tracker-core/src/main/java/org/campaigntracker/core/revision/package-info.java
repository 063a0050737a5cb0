/**
 * Knowing whether a campaign changed without asking the database on every read: PostgreSQL notifies every server
 * of each committed change (LISTEN/NOTIFY from the revision triggers), so read models cached in memory stay
 * consistent across servers while costing no query when nothing changed.
 */
package org.campaigntracker.core.revision;
