/**
 * Briefing packs: everything to know before meeting a stakeholder, gathered from the ledger, the map, the
 * interactions, commitments, press and testimonies (only those whose consent allows briefings), rendered as
 * Markdown or printable HTML.
 */
package org.campaigntracker.core.brief;
