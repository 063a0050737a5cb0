package org.campaigntracker.core.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.campaign.CampaignDraft;
import org.campaigntracker.core.demand.DemandDraft;
import org.campaigntracker.core.demand.ThemeDraft;
import org.campaigntracker.core.interaction.InteractionFilter;
import org.campaigntracker.core.interaction.Page;
import org.campaigntracker.core.sheet.Sheet;
import org.campaigntracker.core.sheet.SheetFiles;
import org.campaigntracker.core.sheet.SheetReader;
import org.campaigntracker.core.stakeholder.ContactKind;
import org.campaigntracker.core.stakeholder.ContactPoint;
import org.campaigntracker.core.stakeholder.ContactPointDraft;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.StakeholderCategory;
import org.campaigntracker.core.stakeholder.StakeholderDraft;
import org.campaigntracker.core.transfer.SheetImportReport.RowResult;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stakeholders and interactions from real .xlsx, .ods and .csv files, on real PostgreSQL. */
class SheetImportTest {

    private Tracker tracker;
    private long campaign;

    @BeforeEach
    void open() {
        tracker = Tracker.over(TestPostgres.freshDatabase().simpleDataSource());
        campaign = tracker.campaigns().create(new CampaignDraft("caf", "CAF", null, null, null, "fr")).id();
    }

    @AfterEach
    void close() {
        tracker.close();
    }

    @Test
    void frenchHeadersBelowATitleAreRecognisedInAnXlsx() {
        byte[] file = SheetFiles.xlsx("Contacts", List.of(
                Arrays.asList("Carnet d’adresses — campagne CAF", null),
                Arrays.asList("NOM", "Structure", "Fonction", "Courriel", "Téléphone", "Catégorie", "Pouvoir",
                        "Position", "Remarques", "Couleur préférée", "Organisaton"),
                Arrays.asList("Nicolas Grivel", "CNAF", "Directeur général", "N.Grivel@example.org",
                        "+33 1 00 00 00 00", "Cible directe", 5, -1, "COG", "bleu", null)));
        SheetImportReport report = importStakeholders("contacts.xlsx", file, Map.of(), false);
        assertThat(report.ignoredColumns()).containsExactly("Couleur préférée", "Organisaton (organisation?)");
        assertThat(report.organisationsCreated()).containsExactly("CNAF");
        Stakeholder grivel = find("Nicolas Grivel");
        assertThat(grivel.organisationName()).isEqualTo("CNAF");
        assertThat(grivel.function()).isEqualTo("Directeur général");
        assertThat(grivel.category()).isEqualTo(StakeholderCategory.direct_target);
        assertThat(grivel.power()).isEqualTo(5);
        assertThat(grivel.stance()).isEqualTo(-1);
        assertThat(grivel.notes()).isEqualTo("COG");
        assertThat(tracker.contactPoints().list(campaign, grivel.id())).extracting(ContactPoint::value)
                .containsExactlyInAnyOrder("n.grivel@example.org", "+33 1 00 00 00 00");
    }

    @Test
    void englishHeadersInAnOdsSheetChosenByName() {
        byte[] file = SheetFiles.ods("People", List.of(
                List.of("Name", "Organization", "Title", "E-mail", "Phone", "Category", "Influence", "Stance"),
                List.of("Claire Hédon", "Défenseur des droits", "Defender of rights", "c.hedon@example.org",
                        "+33 1 11 11 11 11", "intermediate target", 4, "+1")));
        Sheet sheet = SheetReader.read("people.ods", file, "People");
        tracker.transfer().importStakeholders(campaign, StakeholderImport.parse(sheet, Map.of()), false);
        Stakeholder hedon = find("Claire Hédon");
        assertThat(hedon.category()).isEqualTo(StakeholderCategory.intermediate_target);
        assertThat(hedon.power()).isEqualTo(4);
        assertThat(hedon.stance()).isEqualTo(1);
        assertThat(hedon.organisationName()).isEqualTo("Défenseur des droits");
    }

    @Test
    void rowsAreMatchedByEmailThenByNameAndOnlyFillBlankFields() {
        Stakeholder hedon = tracker.stakeholders().add(campaign, new StakeholderDraft(
                org.campaigntracker.core.stakeholder.StakeholderKind.person, "Claire Hédon", null, null, null, 4,
                null, null));
        tracker.contactPoints().add(campaign, hedon.id(), ContactPointDraft.of(ContactKind.email,
                "c.hedon@example.org"));
        Stakeholder grivel = tracker.stakeholders().add(campaign, new StakeholderDraft(
                org.campaigntracker.core.stakeholder.StakeholderKind.person, "Nicolas Grivel", "DG", null, null, 5,
                null, "déjà là"));
        String csv = "Nom;Fonction;Courriel;Pouvoir;Notes\n"
                + "C. Hedon (bureau);Défenseure des droits;C.HEDON@example.org;2;\n"      // e-mail: fills Fonction
                + "M. NICOLAS GRIVEL;;;;autre note\n"                                     // name: nothing blank to fill
                + "Vincent Dubois;Sociologue;vd@example.org;;\n"
                + "vincent  dubois;;;;\n"                                                 // same as row 4
                + ";;;;\n"
                + "Dr Vincent Dubois;;;;\n";                                              // same as row 4 again
        SheetImportReport dry = importStakeholders("contacts.csv", csv.getBytes(StandardCharsets.UTF_8), Map.of(),
                true);
        assertThat(dry.rows()).extracting(RowResult::row, RowResult::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, ImportOutcome.update),
                org.assertj.core.groups.Tuple.tuple(3, ImportOutcome.skip),
                org.assertj.core.groups.Tuple.tuple(4, ImportOutcome.create),
                org.assertj.core.groups.Tuple.tuple(5, ImportOutcome.skip),
                org.assertj.core.groups.Tuple.tuple(7, ImportOutcome.skip));
        List<String> details = dry.rows().stream().map(r -> r.detail().text(Locale.ENGLISH)).toList();
        assertThat(details).containsExactly("fills Fonction of Claire Hédon (found by e-mail)",
                "already there as Nicolas Grivel (found by name); nothing new", "", "same as row 4 of the file",
                "same as row 4 of the file");
        assertThat(dry.rows().get(1).detail().text(Locale.FRENCH))
                .isEqualTo("déjà présent : Nicolas Grivel (trouvé par nom) ; rien de nouveau");
        // The dry run wrote nothing.
        assertThat(tracker.stakeholders().list(campaign)).hasSize(2);
        assertThat(tracker.stakeholders().get(campaign, hedon.id()).function()).isNull();

        importStakeholders("contacts.csv", csv.getBytes(StandardCharsets.UTF_8), Map.of(), false);
        Stakeholder after = tracker.stakeholders().get(campaign, hedon.id());
        assertThat(after.function()).isEqualTo("Défenseure des droits");
        assertThat(after.power()).isEqualTo(4);   // filled, never overwritten
        assertThat(after.name()).isEqualTo("Claire Hédon");
        assertThat(tracker.stakeholders().get(campaign, grivel.id()).notes()).isEqualTo("déjà là");
        assertThat(tracker.stakeholders().list(campaign)).extracting(Stakeholder::name)
                .containsExactlyInAnyOrder("Claire Hédon", "Nicolas Grivel", "Vincent Dubois");
        assertThat(tracker.contactPoints().list(campaign, hedon.id())).hasSize(1);

        // Again: everything is there, nothing to do.
        SheetImportReport again = importStakeholders("contacts.csv", csv.getBytes(StandardCharsets.UTF_8),
                Map.of(), false);
        assertThat(again.count(ImportOutcome.create) + again.count(ImportOutcome.update)).isZero();
    }

    @Test
    void aBadCellRejectsTheWholeSheetNamingSheetRowAndColumn() {
        byte[] file = SheetFiles.xlsx("Contacts", List.of(
                List.of("Nom", "Organisation", "Pouvoir", "Courriel"),
                List.of("Nicolas Grivel", "CNAF", 5, "ng@example.org"),
                List.of("Benoît Collombat", "Radio France", "neuf", "benoit.collombat"),
                List.of("Claire Hédon", "DDD", 7, "")));
        assertThatThrownBy(() -> importStakeholders("c.xlsx", file, Map.of(), false))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.lines(Locale.ENGLISH)).containsExactly(
                            "Contacts!C3: power must be a whole number, not “neuf”",
                            "Contacts!D3: “benoit.collombat” is not an e-mail address (example: name@example.org)",
                            "Contacts!C4: power must be between 1 and 5");
                    assertThat(e.lines(Locale.FRENCH).get(0))
                            .isEqualTo("Contacts!C3 : power doit être un nombre entier, pas « neuf »");
                });
        assertThat(tracker.stakeholders().list(campaign)).isEmpty();
    }

    @Test
    void moreRowsThanOneInsertStatementHoldsAreAllWritten() {
        // 2,001 people and 7 organisations: the inserts go in chunks of 2,000 rows.
        StringBuilder csv = new StringBuilder("name,organisation\n");
        for (int i = 0; i < 2_001; i++) {
            csv.append("Person ").append(i).append(",Org ").append(i % 7).append('\n');
        }
        SheetImportReport report = importStakeholders("many.csv", csv.toString().getBytes(StandardCharsets.UTF_8),
                Map.of(), false);
        assertThat(report.count(ImportOutcome.create)).isEqualTo(2_001);
        assertThat(tracker.stakeholders().list(campaign)).hasSize(2_008);
    }

    @Test
    void mapOverridesAGuessAndNamesUnknownHeaders() {
        String csv = "Nom complet,Nom,Qui\nVincent Dubois,Dubois,x\n";
        importStakeholders("c.csv", csv.getBytes(StandardCharsets.UTF_8), Map.of("Nom complet", "name"), false);
        assertThat(tracker.stakeholders().list(campaign)).extracting(Stakeholder::name)
                .containsExactly("Vincent Dubois");
        assertThatThrownBy(() -> importStakeholders("c.csv", csv.getBytes(StandardCharsets.UTF_8),
                Map.of("Nom entier", "name"), true)).hasMessageContaining("“Nom entier”");
        assertThatThrownBy(() -> importStakeholders("c.csv", "Titre\nx\n".getBytes(StandardCharsets.UTF_8),
                Map.of(), true)).hasMessageContaining("no header row in the first 2 rows of sheet c");
        // A typo in a header is named with the field it probably meant.
        assertThatThrownBy(() -> importInteractions("i.csv", "Date;Type;Avec qi\n17/01/2023;réunion;x\n"
                .getBytes(StandardCharsets.UTF_8), true)).hasMessageContaining("(headers: Date, Type, Avec qi (with?))");
    }

    @Test
    void interactionsInWordsAreLoggedOnceAndABadDateNamesItsCell() {
        tracker.stakeholders().add(campaign, StakeholderDraft.organisation("CNAF", null));
        importStakeholders("c.csv", ("Nom,Structure,Courriel\nNicolas Grivel,CNAF,ng@example.org\n"
                + "Claire Hédon,DDD,\n").getBytes(StandardCharsets.UTF_8), Map.of(), false);
        long theme = tracker.demands().addTheme(campaign, new ThemeDraft("1", null, "Légalité", null, null)).id();
        tracker.demands().addDemand(campaign, new DemandDraft(theme, "1.1", "Interdire les suspensions", null, null));
        List<List<Object>> rows = List.of(
                List.of("Suivi des rencontres 2023"),
                List.of("Date", "Type", "Avec qui", "Compte rendu", "Demandes", "Lieu"),
                List.of(LocalDate.of(2023, 1, 17), "Réunion", "M. Grivel; ng@example.org, Claire Hédon",
                        "COG et suspensions", "1.1", "Paris"),
                List.of("2023-02-02", "appel", "Nicolas Grivel", "Relance", "Interdire les suspensions", ""),
                List.of("02/03/2023", "letter sent", "Claire Hédon (DDD)", "", "", ""));
        byte[] file = SheetFiles.ods("Rencontres", rows);
        SheetImportReport first = importInteractions("r.ods", file, false);
        assertThat(first.count(ImportOutcome.create)).isEqualTo(3);
        var logged = tracker.interactions().list(campaign, InteractionFilter.all(), Page.first(10));
        assertThat(logged).hasSize(3);
        assertThat(logged).anySatisfy(i -> {
            assertThat(i.occurredOn()).isEqualTo(LocalDate.of(2023, 1, 17));
            assertThat(i.participantIds()).hasSize(2);
            assertThat(i.title()).isEqualTo("COG et suspensions");
            assertThat(i.place()).isEqualTo("Paris");
            assertThat(i.demandIds()).hasSize(1);
        });

        SheetImportReport second = importInteractions("r.ods", file, false);
        assertThat(second.count(ImportOutcome.skip)).isEqualTo(3);
        assertThat(second.rows().get(0).detail().text(Locale.ENGLISH)).startsWith("already imported");
        assertThat(tracker.interactions().list(campaign, InteractionFilter.all(), Page.first(10))).hasSize(3);

        byte[] bad = SheetFiles.xlsx("Rencontres", List.of(
                List.of("Date", "Type", "Avec"),
                List.of("2023-04-01", "réunion", "Claire Hédon"),
                List.of("31/02/2023", "réunion", "Claire Hédon"),
                List.of("2023-04-02", "dîner", "Inconnu")));
        assertThatThrownBy(() -> importInteractions("bad.xlsx", bad, false))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.lines(Locale.ENGLISH)).containsExactly(
                            "Rencontres!A3: date “31/02/2023” is not a date; write 2023-01-17 or 17/01/2023",
                            "Rencontres!B4: kind does not accept “dîner”; use one of: meeting/rencontre,"
                                    + " call/appel, letter sent/courrier envoyé, e-mail sent/courriel envoyé,"
                                    + " written response/réponse écrite, public event/événement public,"
                                    + " hearing/audition");
                    assertThat(e.lines(Locale.FRENCH).get(0)).isEqualTo(
                            "Rencontres!A3 : la date « 31/02/2023 » n’est pas une date ; écrire 2023-01-17 ou 17/01/2023");
                });
        assertThat(tracker.interactions().list(campaign, InteractionFilter.all(), Page.first(10))).hasSize(3);
    }

    private SheetImportReport importStakeholders(String name, byte[] file, Map<String, String> map, boolean dry) {
        Sheet sheet = SheetReader.read(name, file, null);
        return tracker.transfer().importStakeholders(campaign, StakeholderImport.parse(sheet, map), dry);
    }

    private SheetImportReport importInteractions(String name, byte[] file, boolean dry) {
        Sheet sheet = SheetReader.read(name, file, name.endsWith(".ods") ? "Rencontres" : null);
        return tracker.transfer().importInteractions(campaign, InteractionImport.parse(sheet, Map.of()), dry);
    }

    private Stakeholder find(String name) {
        return tracker.stakeholders().list(campaign).stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow();
    }
}
