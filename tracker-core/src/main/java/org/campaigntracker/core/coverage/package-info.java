/**
 * Coverage analysis: per theme and per demand, how many press items over time, in which outlets, with what total
 * reach and tone, and who was quoted. Read-only aggregation of the press feature; the rules are in
 * {@link org.campaigntracker.core.coverage.CoverageRules}, free of the database.
 */
package org.campaigntracker.core.coverage;
