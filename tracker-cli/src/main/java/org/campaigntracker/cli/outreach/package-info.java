/** {@code tracker outreach}: what the campaign sent to the press, and to whom. */
package org.campaigntracker.cli.outreach;
