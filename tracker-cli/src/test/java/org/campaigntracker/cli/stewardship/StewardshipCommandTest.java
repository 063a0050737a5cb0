package org.campaigntracker.cli.stewardship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campaigntracker.cli.CafData.ok;

import java.nio.file.Path;
import org.campaigntracker.cli.CafData;
import org.campaigntracker.cli.CliRun;
import org.campaigntracker.cli.ExitCode;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Valérie holds the relationship with the CNAF director general; it goes stale after 30 days. */
class StewardshipCommandTest {

    @org.junit.jupiter.api.io.TempDir
    Path home;

    private CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(TestPostgres.freshDatabase(), home.toString());
        CafData.load(cli);
        ok(cli, "member", "add", "Valérie", "--kind", "coordinator");
        ok(cli, "member", "add", "Didier Minot", "--kind", "coordinator");
        ok(cli, "stakeholder", "link", "grivel", "works_for", "cnaf");
        ok(cli, "meeting", "log", "--with", "grivel", "--by", "didier", "--on", "17/01/2023", "--summary",
                "Cinq exigences présentées", "--yes");
    }

    @Test
    void anOwnerACadenceAndAnAccessRatingAreSetAndDueRelationshipsListed() {
        assertThat(ok(cli, "stakeholder", "edit", "grivel", "--owner", "valerie", "--cadence", "30", "--access", "4",
                "--evidence", "A reçu la délégation", "--on", "17/01/2023").out())
                .isEqualTo("Updated Nicolas Grivel (CNAF)\n");
        assertThat(ok(cli, "--lang", "fr", "stakeholder", "show", "grivel").out())
                .contains("accès              4 — connaît nos sujets (17/01/2023) — A reçu la délégation")
                .contains("responsable        Valérie").contains("fréquence (jours)  30")
                .contains("travaille pour CNAF");

        assertThat(ok(cli, "relationships", "due", "--as-of", "01/02/2023").out())
                .isEqualTo("No relationship is past its cadence.\n");
        assertThat(ok(cli, "relationships", "due", "--as-of", "01/03/2023", "--csv").out()).isEqualTo("""
                stakeholder,owner,cadence_days,last_contact,with,overdue_days
                Nicolas Grivel (CNAF),Valérie,30,2023-01-17,Didier Minot,13
                """);
        assertThat(ok(cli, "relationships", "due", "--as-of", "01/03/2023", "--owner", "didier").out())
                .isEqualTo("No relationship is past its cadence.\n");
        assertThat(ok(cli, "--lang", "fr", "status").out()).contains(
                "Relations dont la fréquence de contact est dépassée (1) :")
                .contains("Nicolas Grivel (CNAF) — Valérie, tous les 30 jours ; dernier contact le 17/01/2023 "
                        + "(Didier Minot)");

        assertThat(ok(cli, "brief", "grivel").out()).contains("- access 4 — knows our issues (rated on ")
                .contains("— A reçu la délégation").contains("- relationship held by Valérie, contact every 30 days");
        assertThat(ok(cli, "map", "export", "--format", "graphml").out()).contains("<data key=\"n_access\">4</data>");
        assertThat(ok(cli, "map", "export", "--format", "csv").out().lines()
                .filter(l -> l.contains("Nicolas Grivel"))).singleElement().asString().endsWith(",4");

        // The owner leaves the relationship; the cadence stays.
        ok(cli, "stakeholder", "edit", "grivel", "--no-owner");
        assertThat(ok(cli, "stakeholder", "show", "grivel", "--json").out()).contains("\"ownerId\" : null")
                .contains("\"cadenceDays\" : 30");
    }

    @Test
    void eachPersonListsTheirOwnFollowUps() {
        ok(cli, "followup", "add", "Relancer la CNAF", "--owner", "valerie", "--due", "01/02/2023", "--stakeholder",
                "grivel", "--demand", "1.1");
        ok(cli, "followup", "add", "Envoyer le dossier", "--owner", "didier", "--due", "01/02/2023");
        CliRun.Result anonymous = cli.run("digest");
        assertThat(anonymous.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(anonymous.err().lines()).containsExactly("tracker: member is required");
        CliRun.Result nobody = cli.run("followup", "list", "--mine");
        assertThat(nobody.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(nobody.err().lines()).containsExactly("tracker: mine needs tracker member use <name>");
        assertThat(ok(cli, "member", "use", "didier").out())
                .isEqualTo("You are Didier Minot on this machine: --mine now lists your tasks.\n");
        assertThat(ok(cli, "followup", "list", "--mine", "--csv").out()).contains("Envoyer le dossier")
                .doesNotContain("Relancer");
        assertThat(ok(cli, "digest", "--week", "30/01/2023").out()).startsWith("# Didier Minot: the week of")
                .contains("- Envoyer le dossier — due Feb 1, 2023").doesNotContain("Relancer")
                .contains("## What happened from Jan 23, 2023 to Jan 29, 2023\n\n- Nothing.");
        assertThat(ok(cli, "--lang", "fr", "digest", "--member", "valérie", "--week", "30/01/2023").out())
                .contains("- Relancer la CNAF — pour le 1 févr. 2023");
        assertThat(cli.run("digest", "--week", "31/02/2023").exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(ok(cli, "calendar", "--member", "didier").out()).contains("SUMMARY:Envoyer le dossier")
                .doesNotContain("Relancer la CNAF");
        assertThat(ok(cli, "followup", "list", "--owner", "valérie", "--csv").out()).contains("Relancer")
                .contains("Nicolas Grivel (CNAF),1.1").doesNotContain("Envoyer");
        ok(cli, "commitment", "add", "grivel", "Répondre par écrit", "--made-on", "17/01/2023", "--due", "01/02/2023",
                "--owner", "didier");
        ok(cli, "commitment", "add", "grivel", "Publier les lettres réseau", "--made-on", "17/01/2023");
        assertThat(ok(cli, "commitment", "list", "--mine", "--csv").out()).contains("Répondre par écrit")
                .contains(",Didier Minot").doesNotContain("Publier");
        assertThat(ok(cli, "commitment", "assign", "2", "didier").out())
                .isEqualTo("Commitment #2 is chased by Didier Minot\n");
        assertThat(ok(cli, "commitment", "list", "--mine", "--csv").out()).contains("Publier");
        assertThat(ok(cli, "--lang", "fr", "commitment", "assign", "2", "--nobody").out())
                .isEqualTo("Plus personne ne relance l’engagement n° 2\n");
        CliRun.Result neither = cli.run("commitment", "assign", "2");
        assertThat(neither.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(neither.err().lines()).containsExactly("tracker: member or --nobody is required, not both");
        assertThat(ok(cli, "commitment", "list", "--mine", "--csv").out()).doesNotContain("Publier");
        assertThat(cli.run("followup", "list", "--mine", "--owner", "valerie").exitCode())
                .isEqualTo(ExitCode.INVALID_INPUT);
        ok(cli, "stakeholder", "edit", "grivel", "--owner", "valerie", "--cadence", "30");
        assertThat(ok(cli, "status").out()).contains("  Late, by person (commitments to chase, follow-ups, relationships due): "
                + "Didier Minot 2, Valérie 2");
    }

    @Test
    void badInputIsOneLineAndChangesNothing() {
        String before = ok(cli, "stakeholder", "show", "grivel", "--json").out();
        CliRun.Result both = cli.run("stakeholder", "edit", "grivel", "--owner", "valerie", "--no-owner");
        assertThat(both.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(both.err().lines()).containsExactly("tracker: owner cannot be given with --no-owner");
        CliRun.Result cadence = cli.run("stakeholder", "edit", "grivel", "--stance", "2", "--cadence", "0");
        assertThat(cadence.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(cadence.err().lines()).hasSize(1);
        CliRun.Result access = cli.run("stakeholder", "edit", "grivel", "--stance", "2", "--access", "7");
        assertThat(access.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(access.err().lines()).containsExactly("tracker: score must be between 1 and 5");
        CliRun.Result evidence = cli.run("stakeholder", "edit", "grivel", "--evidence", "rien");
        assertThat(evidence.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        CliRun.Result nobody = cli.run("stakeholder", "edit", "grivel", "--stance", "2", "--owner", "zorro");
        assertThat(nobody.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(ok(cli, "stakeholder", "show", "grivel", "--json").out()).isEqualTo(before);
    }
}
