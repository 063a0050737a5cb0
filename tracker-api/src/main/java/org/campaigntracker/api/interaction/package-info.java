/**
 * Interactions with their participants, attendees and demands discussed. Partners get {@link
 * org.campaigntracker.api.interaction.PublicInteraction}: the public summary only, no attendees (our members).
 */
package org.campaigntracker.api.interaction;
