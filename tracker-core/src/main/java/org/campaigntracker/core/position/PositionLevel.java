package org.campaigntracker.core.position;

/** How far a stakeholder went on a demand; names are the database's. Progress order lives in {@link Ledger}. */
public enum PositionLevel {
    unknown, opposed, hesitant, supportive, committed_verbally, committed_in_writing, implemented, backtracked
}
