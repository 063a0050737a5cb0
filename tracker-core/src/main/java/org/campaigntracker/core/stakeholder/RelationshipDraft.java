package org.campaigntracker.core.stakeholder;

import java.time.LocalDate;
import org.campaigntracker.core.common.Check;

/**
 * A link between two stakeholders of the same campaign, as a user gives it. A null strength means 3.
 *
 * @param strength how strong the link is, 1 (weak) to 5 (decisive)
 * @param since    when the link started, if known
 * @param until    when it ended, if it did
 * @param source   where we learnt about it (an article, a meeting), so it can be checked later
 */
public record RelationshipDraft(long fromId, long toId, RelationshipType type, Integer strength, LocalDate since,
                                LocalDate until, String source, String notes) {

    public RelationshipDraft {
        strength = strength == null ? 3 : strength;
        source = StakeholderDraft.blankToNull(source);
        notes = StakeholderDraft.blankToNull(notes);
        Check.of()
                .required("type", type)
                .that(fromId != toId, "to", "db.relationship_not_self")
                .range("strength", strength, 1, 5)
                .date("since", since)
                .date("until", until)
                .that(until == null || since == null || !until.isBefore(since), "until", "not_before", "since")
                .maxLength("source", source, 1000)
                .maxLength("notes", notes, Check.LONG_TEXT)
                .orThrow();
    }

    public static RelationshipDraft of(long fromId, RelationshipType type, long toId) {
        return new RelationshipDraft(fromId, toId, type, null, null, null, null, null);
    }
}
