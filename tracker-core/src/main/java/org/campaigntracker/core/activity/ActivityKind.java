package org.campaigntracker.core.activity;

/** What an activity entry is; names are the wire's. */
public enum ActivityKind {
    interaction, press_item, position, commitment, milestone, mobilisation, outreach
}
