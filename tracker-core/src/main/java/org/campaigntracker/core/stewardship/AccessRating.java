package org.campaigntracker.core.stewardship;

import java.time.LocalDate;

/** One rating of a stakeholder's access, on a day, with what shows it (free text: personal data, team only). */
public record AccessRating(long id, long stakeholderId, int score, LocalDate ratedOn, String evidence) {
}
