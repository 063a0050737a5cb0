package org.campaigntracker.api.interaction;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.campaigntracker.core.intake.IntakePlan;
import org.campaigntracker.core.intake.Person;
import org.campaigntracker.core.intake.PlannedInteraction;
import org.campaigntracker.core.member.Member;
import org.campaigntracker.core.stakeholder.Stakeholder;

/**
 * The answer to an upload: each event or message with what became of it, and the people nobody matched.
 *
 * @param logged how many interactions were logged (or, in a dry run, would be)
 */
public record ImportRepresentation(boolean dryRun, int logged, List<Item> items, List<PersonRepresentation> unmatched) {

    /** One event or message; {@code status}: log, already_imported, repeated or nobody_matched. */
    public record Item(String where, LocalDate occurredOn, String kind, String title, String status,
                       Long interactionId, List<Long> participantIds, List<Long> attendeeIds,
                       List<PersonRepresentation> unmatched) {
    }

    /** Someone named in the file, as named there. */
    public record PersonRepresentation(String name, String email) {
        static PersonRepresentation from(Person p) {
            return new PersonRepresentation(p.name(), p.email());
        }
    }

    static ImportRepresentation from(IntakePlan plan, boolean dryRun) {
        List<Item> items = plan.items().stream().map(ImportRepresentation::item).toList();
        return new ImportRepresentation(dryRun, (int) plan.count(PlannedInteraction.Outcome.LOG), items,
                plan.unmatched().stream().map(PersonRepresentation::from).toList());
    }

    private static Item item(PlannedInteraction i) {
        return new Item(i.incoming().where(), i.incoming().on(), i.kind().code(), i.incoming().title(),
                i.outcome().name().toLowerCase(Locale.ROOT), i.interactionId(),
                i.with().stream().map(Stakeholder::id).toList(), i.ours().stream().map(Member::id).toList(),
                i.unmatched().stream().map(PersonRepresentation::from).toList());
    }
}
