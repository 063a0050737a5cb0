package org.campaigntracker.core.stewardship;

import java.time.LocalDate;
import org.campaigntracker.core.common.Check;

/** A rating as a user gives it: a score from 1 to 5, the day (required), and optionally what shows it. */
public record AccessDraft(Integer score, LocalDate ratedOn, String evidence) {

    public static final int MAX_EVIDENCE = 2000;

    public AccessDraft {
        evidence = evidence == null || evidence.isBlank() ? null : evidence.strip();
        Check.of()
                .required("score", score)
                .range("score", score, Access.MIN, Access.MAX)
                .required("rated_on", ratedOn)
                .date("rated_on", ratedOn)
                .maxLength("evidence", evidence, MAX_EVIDENCE)
                .orThrow();
    }
}
