package org.campaigntracker.core.privacy;

import org.campaigntracker.core.seal.Sealer;
import org.campaigntracker.core.seal.DataKey;
import org.campaigntracker.core.seal.DataKeyException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.backup.BackupService;
import org.campaigntracker.core.demo.DemoLoader;
import org.campaigntracker.core.stakeholder.ContactPoint;
import org.campaigntracker.db.ConnectionSettings;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rights of the people concerned, checked on the demo data and on real dumps of the database. */
class PrivacyServiceTest {

    private static final String NAME = "Benoît Collombat";
    private static final String EMAIL = "b.collombat@radiofrance.example";
    private static final String PHONE = "+33 6 00 00 00 42";
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private final Sealer sealer = Sealer.of(DataKey.generate());
    private ConnectionSettings db;
    private Tracker tracker;
    private long caf;

    @BeforeEach
    void loadDemo() {
        db = TestPostgres.freshDatabase();
        tracker = Tracker.over(db.simpleDataSource(), NOW, sealer);
        DemoLoader.load(tracker);
        caf = tracker.campaigns().get("caf-cog-2023").id();
    }

    @AfterEach
    void close() {
        tracker.close();
    }

    @Test
    void aRawDumpShowsNoPlaintextIdentityContactOrStory() {
        String dump = backups().plainDump();
        for (String secret : List.of("Isabelle Morel", "isabelle.morel@example.org", "Valentin Girard",
                "+33 6 00 00 00 17", "Karim Benali", "Sandrine Lefèvre", "27 mois", "16 000 €", EMAIL, PHONE,
                "secretariat.dg@cnaf.example")) {
            assertThat(dump).as(secret).doesNotContain(secret);
        }
        // ...while the application reads them back.
        assertThat(tracker.contactPoints().list(caf, stakeholder(NAME))).extracting(ContactPoint::value)
                .contains(EMAIL, PHONE);
    }

    @Test
    void forgetLeavesNoNameEmailOrPhoneInAFullDumpAndKeepsTheCounts() {
        Map<String, Long> before = aggregates();
        Person person = tracker.privacy().person(caf, Person.Kind.STAKEHOLDER, "collombat");
        ErasureReport report = tracker.privacy().forget(caf, person);

        assertThat(report.contactPoints()).isEqualTo(2);
        assertThat(report.redactedTexts()).isPositive();
        String dump = backups().plainDump();
        assertThat(dump).doesNotContain("Collombat").doesNotContain("collombat").doesNotContain(EMAIL)
                .doesNotContain(PHONE);
        assertThat(aggregates()).isEqualTo(before);
        assertThat(tracker.privacy().ledger()).singleElement()
                .satisfies(e -> assertThat(e.subjectId()).isEqualTo(person.id()))
                .satisfies(e -> assertThat(e.reason()).isEqualTo("forget"));
    }

    @Test
    void aBackupTakenBeforeForgetGetsTheErasureReappliedWhenRestored() throws Exception {
        Path backup = dir.resolve("before.dump");
        assertThat(backups().backup(backup)).isPositive();
        tracker.privacy().forget(caf, tracker.privacy().person(caf, Person.Kind.STAKEHOLDER, "collombat"));
        tracker.privacy().forget(caf, tracker.privacy().person(caf, Person.Kind.TESTIMONY, "Isabelle"));
        tracker.close();

        backups().restore(backup);
        try (Tracker restored = Tracker.connect(db, sealer)) {
            long c = restored.campaigns().get("caf-cog-2023").id();
            assertThat(restored.privacy().ledger()).hasSize(2);
            assertThat(restored.dsl().fetchCount(org.campaigntracker.db.jooq.Tables.CONTACT_POINT))
                    .as("the older dump brought the contact points back").isEqualTo(4);
            assertThat(restored.privacy().reapplyLedger()).isEqualTo(2);
            assertThat(backups().plainDump()).doesNotContain("Collombat").doesNotContain(EMAIL)
                    .doesNotContain(PHONE);
            long isabelle = restored.privacy().person(c, Person.Kind.TESTIMONY, "Isabelle").id();
            assertThat(restored.testimonies().identity(c, isabelle)).isEmpty();
            assertThat(restored.privacy().reapplyLedger()).as("nothing left to erase").isZero();
        }
        tracker = Tracker.over(db.simpleDataSource(), NOW, sealer);
    }

    @Test
    void exportGivesEverythingAboutThePersonInClear() {
        Map<String, Object> export = tracker.privacy().export(caf,
                tracker.privacy().person(caf, Person.Kind.STAKEHOLDER, NAME));
        assertThat(export).containsKeys("stakeholder", "contactPoints", "interactions", "relationships");
        assertThat(export.get("contactPoints").toString()).contains(EMAIL, PHONE);
        Map<String, Object> witness = tracker.privacy().export(caf,
                tracker.privacy().person(caf, Person.Kind.TESTIMONY, "isabelle"));
        assertThat(witness.get("identity").toString()).contains("Isabelle Morel", "isabelle.morel@example.org");
    }

    @Test
    void anOrganisationIsNotAPerson() {
        assertThatThrownBy(() -> tracker.privacy().person(caf, Person.Kind.STAKEHOLDER, "Radio France"))
                .hasMessageContaining("person");
    }

    @Test
    void theSweepErasesIdentitiesWhoseConsentsAllEndedLongAgo() {
        // Valentin's briefing consent expired in 2023 but his press consent holds: he stays. Nobody else expired.
        SweepReport dry = tracker.privacy().sweep(RetentionRules.DEFAULT, true);
        assertThat(dry.testimonyIds()).isEmpty();
        long karim = tracker.privacy().person(caf, Person.Kind.TESTIMONY, "Karim").id();
        tracker.testimonies().withdrawConsent(caf, karim, org.campaigntracker.core.testimony.ConsentUse.INTERNAL,
                java.time.LocalDate.of(2024, 1, 1));
        tracker.testimonies().withdrawConsent(caf, karim,
                org.campaigntracker.core.testimony.ConsentUse.RESOURCE_DOCUMENT, java.time.LocalDate.of(2024, 1, 1));

        assertThat(tracker.privacy().sweep(RetentionRules.DEFAULT, true).testimonyIds()).containsExactly(karim);
        assertThat(tracker.testimonies().identity(caf, karim)).as("a dry run erases nothing").isPresent();
        SweepReport done = tracker.privacy().sweep(RetentionRules.DEFAULT, false);
        assertThat(done.testimonyIds()).containsExactly(karim);
        assertThat(tracker.testimonies().identity(caf, karim)).isEmpty();
        assertThat(tracker.testimonies().get(caf, karim).story()).startsWith("Travailleur saisonnier");
        assertThat(tracker.privacy().ledger()).extracting(ErasureEntry::reason).containsExactly("sweep");
        assertThat(tracker.privacy().sweep(new RetentionRules(365 * 10, 365), true).testimonyIds()).isEmpty();
    }

    @Test
    void rotationReencryptsEverythingSoTheOldKeyCanGo() {
        DataKey next = DataKey.generate();
        int sealedValues = sealedValues();
        assertThat(sealedValues).isGreaterThan(10);
        int resealed = tracker.privacy().rotateKey(new Sealer(next, List.of(sealer.current())));
        assertThat(resealed).isEqualTo(sealedValues);
        try (Tracker onlyNew = Tracker.over(db.simpleDataSource(), NOW, Sealer.of(next))) {
            assertThat(onlyNew.contactPoints().list(caf, stakeholder(NAME))).extracting(ContactPoint::value)
                    .contains(EMAIL);
            long isabelle = onlyNew.privacy().person(caf, Person.Kind.TESTIMONY, "Isabelle").id();
            assertThat(onlyNew.testimonies().identity(caf, isabelle)).get()
                    .satisfies(i -> assertThat(i.fullName()).isEqualTo("Isabelle Morel"));
        }
        assertThatThrownBy(() -> tracker.contactPoints().list(caf, stakeholder(NAME)))
                .isInstanceOf(DataKeyException.class);
        assertThat(tracker.privacy().rotateKey(Sealer.of(next))).as("already current").isZero();
    }

    private int sealedValues() {
        return Classification.sealed().stream().mapToInt(c -> ((Number) tracker.dsl().fetchValue(
                "select count(" + c.column() + ") from " + c.table())).intValue()).sum();
    }

    private long stakeholder(String name) {
        return tracker.stakeholders().find(caf, name).id();
    }

    private BackupService backups() {
        return new BackupService(db, System.getenv());
    }

    private Map<String, Long> aggregates() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("stakeholder", "relationship", "interaction", "interaction_participant",
                "press_item", "press_quote", "position", "commitment", "testimony", "testimony_consent")) {
            counts.put(table, ((Number) tracker.dsl().fetchValue("select count(*) from " + table)).longValue());
        }
        return counts;
    }

}
