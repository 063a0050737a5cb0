/**
 * The contact log: meetings, calls, letters, written responses, public events and hearings with the targets, who took
 * part on each side and which demands were discussed. It answers "when did we last talk to the CNAF?" and feeds the
 * evidence of positions and commitments.
 */
package org.campaigntracker.core.interaction;
