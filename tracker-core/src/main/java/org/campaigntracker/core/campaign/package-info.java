/** Campaigns: the unit everything else belongs to, and what tokens and exports are scoped to. */
package org.campaigntracker.core.campaign;
