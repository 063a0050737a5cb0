package org.campaigntracker.core.privacy;

/**
 * What {@code forget} did.
 *
 * @param redactedTexts free-text values in which the person's name or contacts were replaced
 */
public record ErasureReport(Person person, int contactPoints, int redactedTexts) {
}
