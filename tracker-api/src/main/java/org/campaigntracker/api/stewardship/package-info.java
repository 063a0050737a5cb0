/**
 * Relationship stewardship over HTTP: a stakeholder's owner and cadence, its access ratings, and the relationships
 * due. Advisers and coordinators only: an owner is a person and access evidence is free text about people.
 */
package org.campaigntracker.api.stewardship;
