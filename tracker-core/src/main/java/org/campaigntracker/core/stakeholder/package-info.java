/**
 * The stakeholder map: the people and organisations a campaign wants to move (targets, allies, media,
 * opponents), how much power each has and where it stands, who is linked to whom, and how to reach them.
 * Contact points are personal data and are kept in their own table and service.
 */
package org.campaigntracker.core.stakeholder;
