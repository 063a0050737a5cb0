package org.campaigntracker.core.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.campaigntracker.db.jooq.Tables.INTERACTION;
import static org.campaigntracker.db.jooq.Tables.STAKEHOLDER;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.campaigntracker.core.TestTracker;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.campaign.CampaignDraft;
import org.campaigntracker.core.intake.PlannedInteraction.Outcome;
import org.campaigntracker.core.interaction.Interaction;
import org.campaigntracker.core.interaction.InteractionKind;
import org.campaigntracker.core.member.MemberDraft;
import org.campaigntracker.core.member.MemberKind;
import org.campaigntracker.core.stakeholder.ContactKind;
import org.campaigntracker.core.stakeholder.ContactPointDraft;
import org.campaigntracker.core.stakeholder.StakeholderDraft;
import org.campaigntracker.core.transfer.CampaignFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Invitations and e-mails of the reference campaign, imported on a real PostgreSQL. */
class IntakeServiceTest {

    private Tracker tracker;
    private IntakeService intake;
    private long caf;
    private long grivel;
    private long blin;
    private long valerie;
    private long didier;

    @BeforeEach
    void setUp() {
        tracker = TestTracker.fresh();
        intake = tracker.intake();
        caf = tracker.campaigns().create(CampaignDraft.of("caf", "CAF")).id();
        grivel = tracker.stakeholders().add(caf, StakeholderDraft.person("Nicolas Grivel", "Directeur général", null,
                null)).id();
        // Only the e-mail matches in the invitation: its CN is "Direction générale".
        tracker.contactPoints().add(caf, grivel, ContactPointDraft.of(ContactKind.email, "nicolas.grivel@cnaf.fr"));
        blin = tracker.stakeholders().add(caf, StakeholderDraft.person("David Blin", null, null, null)).id();
        valerie = tracker.members().add(caf, new MemberDraft("Valérie", MemberKind.coordinator, null, null, null)).id();
        didier = tracker.members().add(caf, new MemberDraft("Didier Minot", MemberKind.coordinator, null, null, null))
                .id();
    }

    static IntakeFile file(String name) {
        try (InputStream in = IntakeServiceTest.class.getResourceAsStream(name)) {
            return new IntakeFile(name, IntakeFormat.ofFileName(name).orElseThrow(), in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anInvitationWithTwoEventsBecomesTwoMeetingsMatchedByEmailThenName() {
        IntakePlan done = intake.importFiles(caf, List.of(file("cnaf-meetings.ics")), List.of());

        assertThat(done.items()).hasSize(2).allMatch(i -> i.outcome() == Outcome.LOG && i.interactionId() != null);
        Interaction cnaf = tracker.interactions().get(caf, done.items().get(0).interactionId());
        assertThat(cnaf.kind()).isEqualTo(InteractionKind.MEETING);
        assertThat(cnaf.occurredOn()).isEqualTo(LocalDate.of(2023, 1, 17));
        assertThat(cnaf.title()).isEqualTo("Rencontre avec le directeur général de la CNAF");
        assertThat(cnaf.place()).isEqualTo("CNAF, 32 avenue de la Sibelle, Paris");
        assertThat(cnaf.summary()).contains("Fondation Abbé Pierre", "réponse écrite");
        assertThat(cnaf.participantIds()).containsExactly(grivel);
        assertThat(cnaf.attendeeIds()).containsExactlyInAnyOrder(valerie, didier);
        // The organiser and Didier are ours, so only the Secours catholique delegate is unmatched.
        assertThat(done.unmatched()).extracting(Person::email).containsExactly("m.dupont@secours-catholique.org");

        Interaction cabinet = tracker.interactions().get(caf, done.items().get(1).interactionId());
        assertThat(cabinet.participantIds()).as("BLIN David is David Blin").containsExactly(blin);
        assertThat(cabinet.occurredOn()).isEqualTo(LocalDate.of(2023, 10, 10));
    }

    @Test
    void anOutlookInvitationWithAWindowsTimeZoneIsDatedInThatZone() {
        IntakePlan done = intake.importFiles(caf, List.of(file("outlook.ics")), List.of());

        Interaction point = tracker.interactions().get(caf, done.items().get(0).interactionId());
        assertThat(point.occurredOn()).as("00:30 on 1 February in Paris (23:30 on 31 January in UTC)")
                .isEqualTo(LocalDate.of(2023, 2, 1));
        assertThat(point.title()).isEqualTo("Point d'étape COG");
        assertThat(point.summary()).isNull();
        assertThat(point.participantIds()).containsExactly(grivel);
        assertThat(point.attendeeIds()).containsExactly(valerie);
        assertThat(done.unmatched()).extracting(Person::email).containsExactly("secretariat.dg@cnaf.fr");
    }

    @Test
    void anEmailGivesItsDecodedSubjectAndQuotedPrintableBodyAndIsAnAnswerFromTheirSide() {
        IntakePlan done = intake.importFiles(caf, List.of(file("cnaf-confirmation.eml")), List.of());

        Interaction answer = tracker.interactions().get(caf, done.items().get(0).interactionId());
        assertThat(answer.kind()).isEqualTo(InteractionKind.WRITTEN_RESPONSE);
        assertThat(answer.title()).isEqualTo("Confirmation de la réunion du 17 janvier à la CNAF");
        assertThat(answer.summary()).startsWith("Madame,").contains("réunion du 17 janvier à 10 h au siège de la CNAF")
                .doesNotContain("HTML version");
        assertThat(answer.occurredOn()).isEqualTo(LocalDate.of(2023, 1, 12));
        assertThat(answer.participantIds()).containsExactly(grivel);
        assertThat(answer.attendeeIds()).containsExactlyInAnyOrder(valerie, didier);
    }

    @Test
    void anHtmlOnlyEmailFromUsIsAnEmailSentWithItsTextAsSummary() {
        IntakePlan done = intake.importFiles(caf, List.of(file("blin-html.eml")), List.of());

        Interaction sent = tracker.interactions().get(caf, done.items().get(0).interactionId());
        assertThat(sent.kind()).isEqualTo(InteractionKind.EMAIL_SENT);
        assertThat(sent.summary()).isEqualTo("Monsieur,\n\nMerci pour l’échange d’hier sur la COG.\n\nValérie");
        assertThat(sent.participantIds()).containsExactly(blin);
        assertThat(sent.attendeeIds()).containsExactly(valerie);
    }

    @Test
    void theSameEventImportedTwiceIsLoggedOnce() {
        intake.importFiles(caf, List.of(file("cnaf-meetings.ics"), file("cnaf-confirmation.eml")), List.of());

        IntakePlan again = intake.importFiles(caf, List.of(file("cnaf-meetings.ics"), file("cnaf-confirmation.eml")),
                List.of());

        assertThat(again.items()).extracting(PlannedInteraction::outcome).containsOnly(Outcome.ALREADY_IMPORTED);
        assertThat(again.unmatched()).as("nobody to offer: nothing will be logged with them").isEmpty();
        assertThat(interactions()).isEqualTo(3);
        assertThat(tracker.dsl().fetchCount(INTERACTION, INTERACTION.SOURCE_REF.like("ics:%"))).isEqualTo(2);
    }

    @Test
    void theSameFileTwiceInOneImportIsLoggedOnce() {
        IntakePlan done = intake.importFiles(caf, List.of(file("blin-html.eml"), file("blin-html.eml")), List.of());

        assertThat(done.items()).extracting(PlannedInteraction::outcome).containsExactly(Outcome.LOG, Outcome.REPEATED);
        assertThat(interactions()).isEqualTo(1);
    }

    @Test
    void aDryRunPlansEverythingAndWritesNothing() {
        IntakePlan plan = intake.plan(caf, List.of(file("cnaf-meetings.ics"), file("cnaf-confirmation.eml")));

        assertThat(plan.items()).hasSize(3).allMatch(i -> i.outcome() == Outcome.LOG && i.interactionId() == null);
        assertThat(plan.items().get(0).with()).extracting(s -> s.id()).containsExactly(grivel);
        assertThat(interactions()).isZero();
    }

    @Test
    void peopleChosenToBeAddedBecomeStakeholdersWithTheirAddressAndTakePart() {
        Person dupont = intake.plan(caf, List.of(file("cnaf-meetings.ics"))).unmatched().get(0);

        IntakePlan done = intake.importFiles(caf, List.of(file("cnaf-meetings.ics")), List.of(dupont));

        assertThat(done.unmatched()).isEmpty();
        long added = tracker.stakeholders().find(caf, "Marie Dupont").id();
        assertThat(tracker.stakeholders().get(caf, added).name()).as("her organisation in brackets is no part of her name")
                .isEqualTo("Marie Dupont");
        assertThat(tracker.contactPoints().list(caf, added)).extracting(c -> c.value())
                .containsExactly("m.dupont@secours-catholique.org");
        assertThat(tracker.interactions().get(caf, done.items().get(0).interactionId()).participantIds())
                .containsExactlyInAnyOrder(grivel, added);
    }

    @Test
    void aMeetingWithNobodyOfTheirsMatchedIsListedAndNotLogged() {
        long other = tracker.campaigns().create(CampaignDraft.of("other", "Other")).id();

        IntakePlan done = tracker.intake().importFiles(other, List.of(file("cnaf-meetings.ics")), List.of());

        assertThat(done.items()).extracting(PlannedInteraction::outcome).containsOnly(Outcome.NOBODY_MATCHED);
        assertThat(done.unmatched()).isNotEmpty();
        assertThat(interactions()).isZero();
    }

    @Test
    void oneBadFileWritesNothingOfTheOthersAndIsNamedWithItsLine() {
        assertThatThrownBy(() -> intake.importFiles(caf, List.of(file("cnaf-meetings.ics"), file("broken.ics")),
                List.of()))
                .isInstanceOf(IntakeFileException.class)
                // ical4j reads the line without a colon as part of the event and stops where the event cannot end.
                .hasMessage("broken.ics, line 10: not a readable calendar (RFC 5545): Expected [VEVENT], read "
                        + "[VCALENDAR]; nothing was imported");
        assertThat(interactions()).isZero();
    }

    @Test
    void aMissingDateIsNamedByEventAndProperty() {
        assertThatThrownBy(() -> intake.importFiles(caf, List.of(file("blin-html.eml"), file("no-start.ics")),
                List.of()))
                .isInstanceOf(IntakeFileException.class)
                .hasMessage("no-start.ics, event 1 (UID no-start@changerdecap.net): DTSTART is missing; "
                        + "nothing was imported")
                .satisfies(e -> assertThat(((IntakeFileException) e).message(Locale.FRENCH))
                        .isEqualTo("no-start.ics, événement 1 (UID no-start@changerdecap.net) : DTSTART manque ; "
                                + "rien n’a été importé"));
        assertThatThrownBy(() -> intake.plan(caf, List.of(file("no-date.eml"))))
                .hasMessage("no-date.eml, header Date: Date is missing; nothing was imported");
        assertThat(interactions()).isZero();
        assertThat(tracker.dsl().fetchCount(STAKEHOLDER)).isEqualTo(2);
    }

    @Test
    void theSourceReferencesTravelInTheCampaignFileSoTheCopyRecognisesWhatWasImported() {
        intake.importFiles(caf, List.of(file("cnaf-meetings.ics")), List.of());
        CampaignFile exported = tracker.transfer().export(caf);
        assertThat(exported.interactions()).extracting(CampaignFile.InteractionData::source)
                .allMatch(ref -> ref.matches("ics:[0-9a-f]{64}"));

        Tracker copy = TestTracker.fresh();
        long copied = copy.transfer().importCampaign(exported).campaignId();

        assertThat(copy.transfer().export(copied)).isEqualTo(exported);
        assertThat(copy.intake().plan(copied, List.of(file("cnaf-meetings.ics"))).items())
                .extracting(PlannedInteraction::outcome).containsOnly(Outcome.ALREADY_IMPORTED);
    }

    @Test
    void aFileOverTheBoundIsRefusedBeforeItIsRead() {
        assertThatThrownBy(() -> new IntakeFile("huge.eml", IntakeFormat.EML, new byte[Intake.MAX_FILE_BYTES + 1]))
                .isInstanceOf(IntakeFileException.class).hasMessageContaining("huge.eml: over 4096 KiB");
    }

    private int interactions() {
        return tracker.dsl().fetchCount(INTERACTION);
    }
}
