package org.campaigntracker.core.mobilisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.TestTracker;
import org.campaigntracker.core.activity.ActivityEntry;
import org.campaigntracker.core.activity.ActivityFilter;
import org.campaigntracker.core.activity.ActivityKind;
import org.campaigntracker.core.common.ConflictException;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.common.StaleVersionException;
import org.campaigntracker.core.common.TrackerException;
import org.campaigntracker.core.interaction.InteractionDraft;
import org.campaigntracker.core.interaction.InteractionKind;
import org.campaigntracker.core.interaction.Page;
import org.campaigntracker.core.position.CafFixture;
import org.campaigntracker.core.progress.Progress;
import org.campaigntracker.core.publish.PublicKind;
import org.campaigntracker.core.status.CampaignStatus;
import org.campaigntracker.db.jooq.enums.StakeholderCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The April 2023 joint appeal of the reference campaign, and a petition counted from a platform's export. */
class MobilisationServiceTest {

    private static final LocalDate APRIL_1 = LocalDate.of(2023, 4, 1);

    private CafFixture caf;
    private Tracker tracker;
    private MobilisationService mobilisations;
    private long grivel;
    private long demand;

    @BeforeEach
    void setUp() {
        caf = new CafFixture(TestTracker.fresh(), "caf");
        tracker = caf.tracker;
        mobilisations = tracker.mobilisations();
        grivel = caf.stakeholder("Nicolas Grivel", StakeholderCategory.direct_target);
        demand = caf.demand("Transparence", "Publier le code et les critères du score de risque");
    }

    @Test
    void aJointAppealIsAddedWithItsFirstCountAndCountedOverTime() {
        Mobilisation appeal = mobilisations.add(caf.campaignId, appealDraft(), 80L);
        assertThat(appeal.kind()).isEqualTo(MobilisationKind.joint_appeal);
        assertThat(appeal.demandIds()).containsExactly(demand);
        assertThat(appeal.targetIds()).containsExactly(grivel);
        assertThat(appeal.counts()).containsExactly(new MobilisationCount(APRIL_1, 80));

        Mobilisation later = mobilisations.count(caf.campaignId, appeal.id(), appeal.version(),
                new MobilisationCount(LocalDate.of(2023, 4, 10), 95));
        // The same day again replaces that day's figure.
        later = mobilisations.count(caf.campaignId, appeal.id(), later.version(),
                new MobilisationCount(LocalDate.of(2023, 4, 10), 96));
        assertThat(later.counts()).extracting(MobilisationCount::count).containsExactly(80, 96);
        assertThat(later.latest()).isEqualTo(new MobilisationCount(LocalDate.of(2023, 4, 10), 96));
        assertThat(later.latestOn(LocalDate.of(2023, 4, 5)).count()).isEqualTo(80);
        assertThat(later.version()).isEqualTo(appeal.version() + 2);

        // Forgiving titles: partial, accents and case ignored.
        assertThat(mobilisations.find(caf.campaignId, "APPEL").id()).isEqualTo(appeal.id());
        assertThat(mobilisations.find(caf.campaignId, "cog responsable").id()).isEqualTo(appeal.id());
        assertThatThrownBy(() -> mobilisations.find(caf.campaignId, "petition")).isInstanceOf(NotFoundException.class);
        // A typo in the first words is suggested the whole title.
        assertThatThrownBy(() -> mobilisations.find(caf.campaignId, "apel comun")).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("did you mean: Appel commun pour une COG responsable");
        assertThat(MobilisationKind.joint_appeal.words(Locale.ENGLISH)).isEqualTo("joint appeal");
        assertThat(MobilisationKind.joint_appeal.words(Locale.FRENCH)).isEqualTo("appel commun");
    }

    @Test
    void badCountsAndStaleVersionsWriteNothing() {
        Mobilisation appeal = mobilisations.add(caf.campaignId, appealDraft(), 80L);
        assertThatThrownBy(() -> MobilisationCount.of(APRIL_1, -1)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("count must be between 0 and 100000000");
        assertThatThrownBy(() -> MobilisationCount.of(APRIL_1, 100_000_001L))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new MobilisationCount(LocalDate.of(2101, 1, 1), 3))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("counted_on");
        assertThatThrownBy(() -> mobilisations.count(caf.campaignId, appeal.id(), appeal.version() + 5,
                new MobilisationCount(APRIL_1, 90))).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> mobilisations.add(caf.campaignId, new MobilisationDraft(" ", null, null,
                List.of(), List.of()), null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("title is required").hasMessageContaining("kind is required");
        assertThatThrownBy(() -> mobilisations.add(caf.campaignId, new MobilisationDraft("Autre",
                MobilisationKind.petition, APRIL_1, List.of(demand + 999), List.of()), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("demand_ids");
        assertThatThrownBy(() -> mobilisations.add(caf.campaignId, appealDraft(), null))
                .isInstanceOf(ConflictException.class).hasMessage("a mobilisation with this title already exists");
        assertThat(mobilisations.list(caf.campaignId)).singleElement().isEqualTo(appeal);
    }

    @Test
    void aPlatformExportOfTotalsIsImportedWhole() {
        Mobilisation petition = petition();
        MobilisationService.Imported imported = mobilisations.importCounts(caf.campaignId, petition.id(),
                petition.version(), "Date;Signatures\n10/04/2023;1 200\n2023-04-11T18:00:00Z;1 350\n", "file");
        assertThat(imported.file().perSignature()).isFalse();
        assertThat(imported.mobilisation().counts()).containsExactly(
                new MobilisationCount(LocalDate.of(2023, 4, 10), 1200),
                new MobilisationCount(LocalDate.of(2023, 4, 11), 1350));
    }

    @Test
    void anExportWithOneRowPerSignatureIsCountedAndItsNamesAreNotKept() {
        Mobilisation petition = petition();
        String csv = """
                first_name,last_name,email,signed_at
                Claire,Martin,claire@example.org,2023-04-02 09:00:00
                Paul,Durand,paul@example.org,2023-04-02 17:30:00
                "Zoé, dite Zaza",Leroy,zoe@example.org,2023-04-05T08:00:00+02:00
                """;
        MobilisationService.Imported imported = mobilisations.importCounts(caf.campaignId, petition.id(),
                petition.version(), csv, "file");
        assertThat(imported.file().perSignature()).isTrue();
        assertThat(imported.file().rows()).isEqualTo(3);
        assertThat(imported.mobilisation().counts()).containsExactly(
                new MobilisationCount(LocalDate.of(2023, 4, 2), 2), new MobilisationCount(LocalDate.of(2023, 4, 5), 3));
        // No table of the campaign holds a signatory's name or address.
        for (String value : List.of("Martin", "Durand", "Leroy", "claire@example.org")) {
            assertThat(tracker.dsl().fetchValue("select count(*) from mobilisation m where m.title like ?",
                    "%" + value + "%")).isEqualTo(0L);
        }
        assertThat(tracker.dsl().fetchValue("select count(*) from mobilisation_count")).isEqualTo(2L);
    }

    @Test
    void aBadExportNamesLineAndColumnAndWritesNothing() {
        Mobilisation petition = petition();
        assertRefused(petition, "date,count\n2023-04-10,12\n2023-04-31,15\n",
                "file: line 3, column “date”: “2023-04-31” is not a date");
        assertRefused(petition, "date,count\n2023-04-10,12\n2023-04-11,douze\n",
                "file: line 3, column “count”: “douze” is not a whole number between 0 and 100,000,000");
        assertRefused(petition, "date,count\n2023-04-10,12\n2023-04-11,100000001\n", "line 3, column “count”");
        assertRefused(petition, "date,count\n2023-04-10,12\n2023-04-10,13\n",
                "file: line 3, column “date”: 2023-04-10 already has a count on line 2");
        assertRefused(petition, "name,email\nClaire,c@example.org\n", "file: no date column (headers: name, email)");
        assertRefused(petition, "date,count\n", "file: the file holds no row after its header");
        assertRefused(petition, "date,count\n1899-12-31,3\n", "line 2, column “date”: “1899-12-31”");
        assertRefused(petition, "date,count\n2023-04-10,\n", "file: line 2, column “count” is empty");
        assertThat(mobilisations.get(caf.campaignId, petition.id())).isEqualTo(petition);
    }

    @Test
    void aDeliveryNeedsAWrittenResponseAsItsAnswer() {
        Mobilisation appeal = mobilisations.add(caf.campaignId, appealDraft(), 80L);
        long meeting = caf.meeting(LocalDate.of(2023, 5, 2), "Rencontre");
        assertThatThrownBy(() -> mobilisations.deliver(caf.campaignId, appeal.id(), appeal.version(),
                new Delivery(LocalDate.of(2023, 5, 1), grivel, meeting)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("response_interaction_id must be an interaction of kind written response");
        assertThatThrownBy(() -> mobilisations.deliver(caf.campaignId, appeal.id(), appeal.version(),
                new Delivery(LocalDate.of(2023, 3, 1), grivel, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("delivered_on must not be before");
        long answer = answer();
        Mobilisation delivered = mobilisations.deliver(caf.campaignId, appeal.id(), appeal.version(),
                new Delivery(LocalDate.of(2023, 5, 1), grivel, answer));
        assertThat(delivered.delivery()).isEqualTo(new Delivery(LocalDate.of(2023, 5, 1), grivel, answer));

        String ics = tracker.calendar().ics(tracker.campaigns().get(caf.campaignId));
        assertThat(ics).contains("UID:mobilisation-delivery-" + appeal.id() + "@caf.campaign-tracker")
                .contains("DTSTART;VALUE=DATE:20230501").contains("CATEGORIES:MOBILISATION");
    }

    @Test
    void countsShowInStatusProgressTheFeedAndOnThePublicPageOnlyWhenMarked() {
        Mobilisation appeal = mobilisations.add(caf.campaignId, appealDraft(), 80L);
        Progress before = tracker.progress().progress(caf.campaignId);
        assertThat(before.mobilisations()).singleElement().satisfies(m -> assertThat(m.count()).isEqualTo(80));
        mobilisations.count(caf.campaignId, appeal.id(), appeal.version(),
                new MobilisationCount(LocalDate.of(2023, 4, 10), 95));
        // The kept progress hears of the new count.
        assertThat(tracker.progress().progress(caf.campaignId).mobilisations()).singleElement()
                .satisfies(m -> assertThat(m.count()).isEqualTo(95));

        CampaignStatus status = tracker.status().status(caf.campaignId, LocalDate.of(2023, 4, 20), 60);
        assertThat(status.mobilisations()).singleElement().satisfies(m -> {
            assertThat(m.count()).isEqualTo(95);
            assertThat(m.previousCount()).isEqualTo(80);
            assertThat(m.deliveredOn()).isNull();
        });
        assertThat(tracker.status().status(caf.campaignId, LocalDate.of(2023, 3, 1), 60).mobilisations()).isEmpty();

        List<ActivityEntry> feed = tracker.activity().feed(caf.campaignId, false,
                new ActivityFilter(ActivityKind.mobilisation, null, null, null, null), Page.first(10));
        assertThat(feed).singleElement().satisfies(e -> assertThat(e.title()).isEqualTo(appeal.title()));

        assertThat(tracker.publish().preview(caf.campaignId).mobilisations()).isEmpty();
        tracker.publish().mark(caf.campaignId, PublicKind.mobilisation, appeal.id(), true);
        assertThat(tracker.publish().preview(caf.campaignId).mobilisations()).singleElement().satisfies(m -> {
            assertThat(m.count()).isEqualTo(95);
            assertThat(m.kind()).isEqualTo(MobilisationKind.joint_appeal);
        });
    }

    @Test
    void aDeliveredMobilisationTravelsInTheCampaignFile() {
        Mobilisation appeal = mobilisations.add(caf.campaignId, appealDraft(), 80L);
        appeal = mobilisations.count(caf.campaignId, appeal.id(), appeal.version(),
                new MobilisationCount(LocalDate.of(2023, 4, 10), 95));
        mobilisations.deliver(caf.campaignId, appeal.id(), appeal.version(),
                new Delivery(LocalDate.of(2023, 5, 1), grivel, answer()));
        tracker.publish().mark(caf.campaignId, PublicKind.mobilisation, appeal.id(), true);
        var file = tracker.transfer().export(caf.campaignId);
        assertThat(file.mobilisations()).singleElement().satisfies(m -> {
            assertThat(m.counts()).hasSize(2);
            assertThat(m.deliveredTo()).isNotNull();
            assertThat(m.response()).isNotNull();
            assertThat(m.published()).isTrue();
        });

        Tracker target = TestTracker.fresh();
        long imported = target.transfer().importCampaign(file).campaignId();
        assertThat(target.transfer().export(imported)).isEqualTo(file);
    }

    private long answer() {
        return tracker.interactions().log(caf.campaignId, new InteractionDraft(InteractionKind.WRITTEN_RESPONSE,
                LocalDate.of(2023, 6, 1), "Réponse du directeur général", null, null, null, null, List.of(grivel),
                List.of(), List.of(demand))).id();
    }

    private MobilisationDraft appealDraft() {
        return new MobilisationDraft("Appel commun pour une COG responsable", MobilisationKind.joint_appeal, APRIL_1,
                List.of(demand), List.of(grivel));
    }

    private Mobilisation petition() {
        return mobilisations.add(caf.campaignId, new MobilisationDraft("Pétition « Stop au score de risque »",
                MobilisationKind.petition, APRIL_1, List.of(demand), List.of(grivel)), null);
    }

    private void assertRefused(Mobilisation petition, String csv, String message) {
        Mobilisation current = mobilisations.get(caf.campaignId, petition.id());
        assertThatThrownBy(() -> mobilisations.importCounts(caf.campaignId, petition.id(), current.version(), csv,
                "file"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((TrackerException) e).message(Locale.ENGLISH)).contains(message));
    }
}
