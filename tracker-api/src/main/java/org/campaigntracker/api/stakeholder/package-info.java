/**
 * Stakeholders, their relationships, and their contact points (a sub-resource, because contact points are personal
 * data that only advisers and coordinators see). Partners get {@link
 * org.campaigntracker.api.stakeholder.PublicStakeholder}: a person by function and organisation, never by name.
 */
package org.campaigntracker.api.stakeholder;
