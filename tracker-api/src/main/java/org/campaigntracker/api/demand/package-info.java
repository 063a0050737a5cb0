/** Themes and demands: what the campaign asks for. Public to every role. */
package org.campaigntracker.api.demand;
