/**
 * Relationship stewardship: who on the team holds each relationship and how often it should be touched (and so
 * which relationships are due), and access — how reachable a stakeholder is, 1 to 5, a history of ratings with
 * their evidence, kept apart from stance and power.
 */
package org.campaigntracker.core.stewardship;
