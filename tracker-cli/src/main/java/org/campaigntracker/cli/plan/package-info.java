/** {@code tracker milestone …} and {@code tracker followup …}: the retro-plan and the small tasks after meetings. */
package org.campaigntracker.cli.plan;
