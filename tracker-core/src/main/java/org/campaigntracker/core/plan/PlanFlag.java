package org.campaigntracker.core.plan;

/** What the retro-plan warns about on a milestone. */
public enum PlanFlag {
    /** Still planned and its date has passed. */
    late,
    /** A dependency is not done while this milestone is due within two weeks, or is due after this one. */
    at_risk,
    /** Set relative to the deadline, but the campaign has no deadline: the milestone has no date yet. */
    no_deadline
}
