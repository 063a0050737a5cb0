/**
 * The demand × direct-target ledger as a whole: the matrix of current positions with their evidence, each demand's
 * best position, backtracks shown as such, per-theme rollups and the timeline of changes. Built from the position
 * history; the rules are in {@link org.campaigntracker.core.ledger.LedgerRules}, free of the database.
 */
package org.campaigntracker.core.ledger;
