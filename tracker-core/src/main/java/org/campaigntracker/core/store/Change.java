package org.campaigntracker.core.store;

/**
 * One thing a unit of work changed in a campaign, told finely enough for a read model to bring itself up to date
 * without recomputing the campaign ({@link Tx#changed(long, Change)}). A write that cannot tell what it changed marks
 * the whole campaign ({@link Tx#changed(long)}), and read models recompute it. Telling less than what changed would
 * leave read models wrong: a change is recorded by the use case that wrote it, after the write succeeded, and names
 * every record whose rows (or links) the write touched.
 *
 * @param id the record's id; for {@link Kind#POSITION}, the demand the statement is about
 */
public record Change(Kind kind, long id) {

    public enum Kind {
        /** A new interaction with its links, which nothing cites yet. */
        INTERACTION_ADDED,
        /** An interaction changed or deleted, links included. */
        INTERACTION,
        /** A press item added, changed or deleted, links included. */
        PRESS_ITEM,
        /** A position statement on the demand {@code id} recorded, corrected or deleted. */
        POSITION,
        /** A demand added, changed (retired, moved, renamed) or deleted. */
        DEMAND,
        THEME,
        MILESTONE,
        COMMITMENT,
        /** A mobilisation added, changed, counted, delivered or deleted, links and counts included. */
        MOBILISATION
    }

    public static Change interactionAdded(long interactionId) {
        return new Change(Kind.INTERACTION_ADDED, interactionId);
    }

    public static Change interaction(long interactionId) {
        return new Change(Kind.INTERACTION, interactionId);
    }

    public static Change pressItem(long pressItemId) {
        return new Change(Kind.PRESS_ITEM, pressItemId);
    }

    public static Change positionOn(long demandId) {
        return new Change(Kind.POSITION, demandId);
    }

    public static Change demand(long demandId) {
        return new Change(Kind.DEMAND, demandId);
    }

    public static Change theme(long themeId) {
        return new Change(Kind.THEME, themeId);
    }

    public static Change milestone(long milestoneId) {
        return new Change(Kind.MILESTONE, milestoneId);
    }

    public static Change commitment(long commitmentId) {
        return new Change(Kind.COMMITMENT, commitmentId);
    }

    public static Change mobilisation(long mobilisationId) {
        return new Change(Kind.MOBILISATION, mobilisationId);
    }
}
