/** {@code tracker press …}: press coverage of the campaign, linked to themes, demands and quoted stakeholders. */
package org.campaigntracker.cli.press;
