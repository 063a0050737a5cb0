/**
 * Campaign intelligence over HTTP, read-only: the demand × target ledger, the campaign status (overdue
 * commitments, the lobbying threshold), press coverage, the calendar feed, briefing packs, the resource document
 * and the HATVP declaration. Thin over core; none of these is open to partner tokens, since each names people.
 */
package org.campaigntracker.api.intel;
