package org.campaigntracker.core.mobilisation;

import java.time.LocalDate;
import java.util.List;

/**
 * A stored mobilisation with its counts, oldest first. {@code delivery} is null until it was handed over.
 * {@code isPublic}: the coalition chose to show its count on the public page.
 */
public record Mobilisation(long id, long campaignId, String title, MobilisationKind kind, LocalDate launchedOn,
                           List<Long> demandIds, List<Long> targetIds, Delivery delivery, boolean isPublic,
                           List<MobilisationCount> counts, int version) {

    public Mobilisation {
        demandIds = List.copyOf(demandIds);
        targetIds = List.copyOf(targetIds);
        counts = List.copyOf(counts);
    }

    /** The latest count, or null before the first one. */
    public MobilisationCount latest() {
        return counts.isEmpty() ? null : counts.get(counts.size() - 1);
    }

    /** The latest count on or before {@code day}, or null. */
    public MobilisationCount latestOn(LocalDate day) {
        MobilisationCount found = null;
        for (MobilisationCount c : counts) {
            if (!c.countedOn().isAfter(day)) {
                found = c;
            }
        }
        return found;
    }

    public MobilisationDraft toDraft() {
        return new MobilisationDraft(title, kind, launchedOn, demandIds, targetIds);
    }
}
