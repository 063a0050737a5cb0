/**
 * The demand × target ledger: where each stakeholder stood on each demand, dated and backed by evidence.
 * Rows are history, never overwritten by a new statement; the current position is the latest row, and
 * {@link org.campaigntracker.core.position.Ledger} sums up how far each demand got with the direct targets.
 */
package org.campaigntracker.core.position;
