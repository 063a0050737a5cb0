/**
 * Themes and the demands grouped under them (code 1.2 = second demand of theme 1). Both evolve during a campaign;
 * the database keeps every earlier wording as a revision.
 */
package org.campaigntracker.core.demand;
