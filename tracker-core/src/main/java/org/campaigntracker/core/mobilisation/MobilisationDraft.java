package org.campaigntracker.core.mobilisation;

import java.time.LocalDate;
import java.util.List;
import org.campaigntracker.core.common.Check;
import org.campaigntracker.core.common.Names;

/** A mobilisation as a user describes it; counts, delivery and the public mark are written by their own use cases. */
public record MobilisationDraft(String title, MobilisationKind kind, LocalDate launchedOn, List<Long> demandIds,
                                List<Long> targetIds) {

    public static final int MAX_TITLE = 300;

    public MobilisationDraft {
        title = Names.clean(title);
        demandIds = demandIds == null ? List.of() : demandIds.stream().distinct().toList();
        targetIds = targetIds == null ? List.of() : targetIds.stream().distinct().toList();
        Check.of()
                .notBlank("title", title)
                .maxLength("title", title, MAX_TITLE)
                .required("kind", kind)
                .required("launched_on", launchedOn)
                .date("launched_on", launchedOn)
                .maxSize("demand_ids", demandIds, Check.MAX_LINKS)
                .maxSize("target_ids", targetIds, Check.MAX_LINKS)
                .orThrow();
    }
}
