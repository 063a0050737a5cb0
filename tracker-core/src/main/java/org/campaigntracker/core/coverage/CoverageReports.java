package org.campaigntracker.core.coverage;

import java.time.LocalDate;

/** Press coverage by demand and target: {@link CoverageService} over the database, the CLI's remote mode over HTTP. */
public interface CoverageReports {

    /** Items published from {@code from} to {@code to} (either may be null: no bound). */
    CoverageReport report(long campaignId, LocalDate from, LocalDate to);
}
