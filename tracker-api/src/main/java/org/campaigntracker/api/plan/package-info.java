/** The retro-plan's milestones (public to partners) and follow-up tasks (owned by members: advisers and up). */
package org.campaigntracker.api.plan;
