package org.campaigntracker.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.campaigntracker.core.activity.ActivityFilter;
import org.campaigntracker.core.campaign.CampaignDraft;
import org.campaigntracker.core.commitment.CommitmentDraft;
import org.campaigntracker.core.demand.DemandDraft;
import org.campaigntracker.core.demand.ThemeDraft;
import org.campaigntracker.core.interaction.InteractionDraft;
import org.campaigntracker.core.interaction.InteractionFilter;
import org.campaigntracker.core.interaction.InteractionKind;
import org.campaigntracker.core.member.TrainingDraft;
import org.campaigntracker.core.plan.FollowUpDraft;
import org.campaigntracker.core.plan.MilestoneDraft;
import org.campaigntracker.core.plan.MilestoneStatus;
import org.campaigntracker.core.position.PositionDraft;
import org.campaigntracker.core.position.PositionLevel;
import org.campaigntracker.core.press.PressFilter;
import org.campaigntracker.core.press.PressItemDraft;
import org.campaigntracker.core.press.PressMedium;
import org.campaigntracker.core.stakeholder.RelationshipDraft;
import org.campaigntracker.core.stakeholder.RelationshipType;
import org.campaigntracker.core.testimony.ConsentDraft;
import org.campaigntracker.core.testimony.ConsentUse;
import org.campaigntracker.core.testimony.TestimonyDraft;
import org.junit.jupiter.api.Test;

/** Every date a user can give is refused outside 1900-01-01 – 2100-12-31, naming its field, and the bounds pass. */
class CampaignDatesTest {

    private static final LocalDate OK = LocalDate.of(2023, 1, 17);

    /** One way to build each draft or filter with a single date field set to {@code d}, the others valid. */
    private static Map<String, Function<LocalDate, Object>> everyDateField() {
        Map<String, Function<LocalDate, Object>> m = new LinkedHashMap<>();
        m.put("deadline", d -> new CampaignDraft("caf", "CAF", null, d, null, "fr"));
        m.put("retired_on", d -> new ThemeDraft(null, null, "Transparence", null, d));
        m.put("retired_on ", d -> new DemandDraft(1, null, "Publier", null, d));
        m.put("occurred_on", d -> InteractionDraft.of(InteractionKind.MEETING, d, "RDV", List.of(1L)));
        m.put("published_on", d -> PressItemDraft.of("Mediapart", PressMedium.WEB, d, "Titre", null));
        m.put("stated_on", d -> PositionDraft.of(1, 2, PositionLevel.supportive, d));
        m.put("made_on", d -> CommitmentDraft.of(1, "Publier", d));
        m.put("due_on", d -> new CommitmentDraft(1, "Publier", null, null, CampaignDates.MIN, d, null, null));
        m.put("confirmation_requested_on", d -> CommitmentDraft.of(1, "Publier", OK).withConfirmationRequestedOn(d));
        m.put("confirmation_received_on", d -> CommitmentDraft.of(1, "Publier", OK).withConfirmationReceivedOn(d));
        m.put("due_on  ", d -> MilestoneDraft.on("Signature", d));
        m.put("done_on", d -> new MilestoneDraft("Signature", null, OK, null, MilestoneStatus.done, d, Set.of()));
        m.put("due_on   ", d -> FollowUpDraft.of("Relancer", d));
        m.put("done_on ", d -> FollowUpDraft.of("Relancer", OK).withDoneOn(d));
        m.put("since", d -> new RelationshipDraft(1, 2, RelationshipType.knows, null, d, null, null, null));
        m.put("until", d -> new RelationshipDraft(1, 2, RelationshipType.knows, null, null, d, null, null));
        m.put("held_on", d -> new TrainingDraft("Plaidoyer", d, null, null, null));
        m.put("collected_on", d -> TestimonyDraft.of("Isabelle", "Récit", d));
        m.put("given_on", d -> ConsentDraft.of(ConsentUse.PRESS, d));
        m.put("expires_on", d -> new ConsentDraft(ConsentUse.PRESS, null, LocalDate.of(1900, 1, 1), d, null));
        m.put("from", d -> new ActivityFilter(null, null, null, d, null));
        m.put("to", d -> new InteractionFilter(null, null, null, null, d));
        m.put("from ", d -> PressFilter.all().between(d, null));
        return m;
    }

    @Test
    void theBoundsThemselvesAreAccepted() {
        everyDateField().values().forEach(build -> {
            build.apply(LocalDate.of(1900, 1, 1));
            build.apply(LocalDate.of(2100, 12, 31));
        });
    }

    @Test
    void aDayOutsideIsRefusedNamingTheFieldInBothLanguages() {
        everyDateField().forEach((key, build) -> {
            String field = key.strip();
            for (LocalDate bad : List.of(LocalDate.of(1, 1, 1), LocalDate.of(1899, 12, 31), LocalDate.of(2101, 1, 1),
                    LocalDate.of(9999, 12, 31))) {
                assertThatThrownBy(() -> build.apply(bad)).as(key + " " + bad)
                        .isInstanceOf(InvalidInputException.class)
                        .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                                .contains(new FieldViolation(field, "date_range", List.of("1900-01-01", "2100-12-31"))))
                        .satisfies(e -> assertThat(((InvalidInputException) e).message(Locale.ENGLISH))
                                .contains(field + " must be between 1900-01-01 and 2100-12-31"))
                        .satisfies(e -> assertThat(((InvalidInputException) e).message(Locale.FRENCH))
                                .contains(Messages.pattern(Locale.FRENCH,
                                        "field." + field) + " doit être entre le 1900-01-01 et le 2100-12-31"));
            }
        });
    }

    @Test
    void requireReturnsTheDateOrFails() {
        assertThat(CampaignDates.require("as_of", OK)).isEqualTo(OK);
        assertThat(CampaignDates.require("as_of", null)).isNull();
        assertThatThrownBy(() -> CampaignDates.require("as_of", LocalDate.of(2101, 1, 1)))
                .hasMessage("as_of must be between 1900-01-01 and 2100-12-31");
    }
}
