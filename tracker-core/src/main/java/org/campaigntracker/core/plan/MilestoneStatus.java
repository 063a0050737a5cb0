package org.campaigntracker.core.plan;

/** Names are the database's; only {@code done} carries a date. */
public enum MilestoneStatus {
    planned, done, cancelled
}
