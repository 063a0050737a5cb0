package org.campaigntracker.core.member;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.campaigntracker.core.common.Check;
import org.campaigntracker.core.common.Names;

/**
 * A training as a user gives it, with the members who attended. On update the attendee list replaces the
 * previous one as a whole.
 *
 * @param topics   what was covered (the COG, speaking to a director general), in the order given
 * @param trainer  who gave it (VoxPublic)
 */
public record TrainingDraft(String title, LocalDate heldOn, List<String> topics, String trainer,
                            List<Long> attendeeIds) {

    public TrainingDraft {
        title = Names.clean(title);
        topics = topics == null ? List.of()
                : topics.stream().filter(Objects::nonNull).map(Names::clean).filter(t -> !t.isEmpty()).distinct()
                        .toList();
        trainer = trainer == null || trainer.isBlank() ? null : Names.clean(trainer);
        attendeeIds = attendeeIds == null ? List.of()
                : attendeeIds.stream().filter(Objects::nonNull).distinct().toList();
        Check.of()
                .notBlank("title", title)
                .maxLength("title", title, 300)
                .required("held_on", heldOn)
                .date("held_on", heldOn)
                .maxLength("trainer", trainer, 200)
                .maxSize("topics", topics, Check.MAX_LINKS)
                .maxSize("attendees", attendeeIds, Check.MAX_LINKS)
                .that(topics.stream().allMatch(t -> t.length() <= 200), "topics", "too_long", 200)
                .orThrow();
    }
}
