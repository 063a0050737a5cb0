package org.campaigntracker.core.commitment;

/** Where a promise stands; names are the database's. Only {@code open} has no status date. */
public enum CommitmentStatus {
    open, kept, broken, withdrawn
}
