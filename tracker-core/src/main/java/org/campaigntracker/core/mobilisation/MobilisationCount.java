package org.campaigntracker.core.mobilisation;

import java.time.LocalDate;
import org.campaigntracker.core.common.Check;

/** How many had signed on a day: a running total, not the day's new signatures. */
public record MobilisationCount(LocalDate countedOn, int count) {

    public static final int MAX = 100_000_000;

    public MobilisationCount {
        Check.of()
                .required("counted_on", countedOn)
                .date("counted_on", countedOn)
                .that(count >= 0 && count <= MAX, "count", "range", 0, MAX)
                .orThrow();
    }

    /** Checks a count typed as a number of any size before it becomes an int. */
    public static MobilisationCount of(LocalDate countedOn, long count) {
        Check.of().that(count >= 0 && count <= MAX, "count", "range", 0, MAX).orThrow();
        return new MobilisationCount(countedOn, (int) count);
    }
}
