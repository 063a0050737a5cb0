/**
 * The public accountability page: what the coalition chose to publish (positions, commitments, press items and
 * milestones marked public, on a published campaign) as one read model, {@link org.campaigntracker.core.publish.PublicView},
 * built only from public rows and applying the privacy rule on people ({@link org.campaigntracker.core.publish.PublicTarget}).
 */
package org.campaigntracker.core.publish;
