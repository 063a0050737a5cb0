package org.campaigntracker.core.outreach;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.campaigntracker.core.common.Check;
import org.campaigntracker.core.common.Names;

/**
 * A send as a user describes it. {@code journalistIds} are stakeholders (people: personal data, never shown to
 * partners); {@code outlets} and {@code attachments} are names and titles.
 */
public record OutreachDraft(OutreachKind kind, LocalDate sentOn, String title, OffsetDateTime embargoUntil,
                            List<Long> demandIds, List<Long> journalistIds, List<String> outlets,
                            List<String> attachments) {

    public static final int MAX_TITLE = 300;
    public static final int MAX_NAME = 200;

    public OutreachDraft {
        title = Names.clean(title);
        demandIds = demandIds == null ? List.of() : demandIds.stream().distinct().toList();
        journalistIds = journalistIds == null ? List.of() : journalistIds.stream().distinct().toList();
        outlets = outlets == null ? List.of() : outlets.stream().map(Names::clean).filter(o -> !o.isEmpty())
                .distinct().toList();
        attachments = attachments == null ? List.of() : attachments.stream().map(Names::clean)
                .filter(a -> !a.isEmpty()).toList();
        Check.of()
                .required("kind", kind)
                .required("sent_on", sentOn)
                .date("sent_on", sentOn)
                .notBlank("title", title)
                .maxLength("title", title, MAX_TITLE)
                .date("embargo_until", embargoUntil == null ? null : embargoUntil.toLocalDate())
                .maxSize("demand_ids", demandIds, Check.MAX_LINKS)
                .maxSize("journalist_ids", journalistIds, Check.MAX_LINKS)
                .maxSize("outlets", outlets, 500)
                .maxSize("attachments", attachments, 100)
                .that(outlets.stream().allMatch(o -> o.length() <= MAX_NAME), "outlets", "too_long", MAX_NAME)
                .that(attachments.stream().allMatch(a -> a.length() <= MAX_TITLE), "attachments", "too_long",
                        MAX_TITLE)
                .orThrow();
    }
}
