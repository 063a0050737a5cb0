package org.campaigntracker.cli.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.campaigntracker.cli.CliRun;
import org.campaigntracker.cli.RemoteServer;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.db.ConnectionSettings;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One conformance suite, two modes: the same scenario of command lines runs against a local database and, through
 * the API, against a server over an identical database; every line must print the same thing on stdout and stderr
 * and exit with the same code. Timestamps, which differ by nature, are the only thing set aside.
 */
class RemoteConformanceTest {

    private static final String IN_20_DAYS = LocalDate.now().plusDays(20).toString();
    private static final String COUNTS = file("signatures.csv",
            "Prénom;Nom;Date de signature\nZoé;Martin;02/04/2023 10:00\nAli;Benali;03/04/2023 11:00\n");
    private static final String BAD_COUNTS = file("counts.csv", "date,count\n2023-04-10,12\n2023-04-11,douze\n");

    /** Lines a coordinator types; data first, then reads in every format, then mistakes. */
    static final List<List<String>> SCENARIO = List.of(
            // the stakeholder map and the demands (as CafData loads them)
            List.of("stakeholder", "add", "CNAF", "--organisation", "--category", "direct_target", "--power", "5"),
            List.of("stakeholder", "add", "Nicolas Grivel", "--org", "cnaf", "--function", "directeur général",
                    "--category", "direct_target", "--power", "5"),
            List.of("stakeholder", "add", "Défenseur des droits", "--organisation", "--category",
                    "intermediate_target", "--power", "4"),
            List.of("stakeholder", "add", "Secours catholique", "--organisation", "--category", "ally"),
            List.of("stakeholder", "add", "Carole Grandjean", "--function", "députée", "--category", "opponent"),
            List.of("stakeholder", "add", "Nathalie Goulet", "--function", "sénatrice", "--category", "opponent"),
            List.of("stakeholder", "edit", "goulet", "--power", "3"),
            List.of("stakeholder", "edit", "grivel", "--stance", "-1", "--notes", "Rencontré en janvier"),
            List.of("stakeholder", "edit", "grivel", "--owner", "valerie", "--cadence", "30", "--access", "4",
                    "--evidence", "répond aux courriels"),
            List.of("stakeholder", "contact", "grivel", "email", "nicolas.grivel@example.org", "--primary"),
            List.of("stakeholder", "contact", "grivel", "phone", "01 23 45 67 89"),
            List.of("stakeholder", "contact", "grivel", "--csv"),
            List.of("stakeholder", "link", "grivel", "works_for", "cnaf", "--since", "01/10/2021"),
            List.of("stakeholder", "show", "grivel"),
            List.of("stakeholder", "show", "GRIVEL", "--json"),
            List.of("stakeholder", "list"),
            List.of("stakeholder", "list", "--csv", "--category", "opponent"),
            List.of("stakeholder", "list", "--json"),
            List.of("theme", "add", "Sortir de l’illégalité des pratiques et des contrôles"),
            List.of("theme", "add", "Restaurer la transparence, base de la justice"),
            List.of("demand", "add", "1", "Interdire les décisions automatiques"),
            List.of("demand", "add", "1", "Interdire les suspensions préventives"),
            List.of("demand", "add", "transparence", "Publier les lettres réseau"),
            List.of("demand", "edit", "1.1", "--title", "Interdire toute décision automatique"),
            List.of("theme", "list"),
            List.of("demand", "list", "--json"),
            List.of("demand", "show", "1.1", "--history"),
            List.of("demand", "show", "suspensions"),
            // meetings, plans, the agenda
            List.of("meeting", "log", "--with", "grivel", "--with", "defenseur", "--on", "17/01/2023", "--summary",
                    "COG : cinq exigences présentées", "--demand", "1.2", "--demand", "lettres reseau", "--outcome",
                    "Réponse écrite demandée", "--yes"),
            List.of("meeting", "log", "--with", "secours", "--org", "secours", "--on", "2023-01-20", "--summary",
                    "Rencontre du Secours catholique", "--yes"),
            List.of("meeting", "plan", "--with", "goulet", "--on", IN_20_DAYS, "--summary", "Audition", "--yes"),
            List.of("meeting", "plan", "--with", "grandjean", "--on", IN_20_DAYS, "--yes"),
            List.of("meeting", "edit", "1", "--outcome", "Engagement oral", "--with", "grivel"),
            List.of("meeting", "cancel", "4"),
            List.of("meeting", "reinstate", "2"),
            List.of("meeting", "list"),
            List.of("meeting", "list", "--csv"),
            List.of("meeting", "list", "--json"),
            List.of("meeting", "list", "--rejected", "--csv"),
            List.of("meeting", "list", "--status", "planned", "--csv"),
            List.of("meeting", "list", "--with", "defenseur", "--csv"),
            List.of("meeting", "held", "1", "--summary", "again"),
            List.of("meeting", "show", "1"),
            List.of("interaction", "show", "1", "--json"),
            List.of("agenda", "--days", "30"),
            List.of("agenda", "--days", "30", "--csv"),
            List.of("relationships", "due", "--as-of", "01/03/2023"),
            List.of("relationships", "due", "--as-of", "01/03/2023", "--owner", "valérie", "--csv"),
            // positions and commitments
            List.of("position", "set", "grivel", "1.1", "supportive", "--on", "17/01/2023", "--evidence",
                    "CR du 17/01"),
            List.of("position", "set", "grivel", "1.1", "committed_verbally", "--meeting", "1"),
            List.of("position", "history", "grivel", "1.1"),
            List.of("position", "history", "grivel", "1.1", "--csv"),
            List.of("commitment", "add", "grivel", "Répondre par écrit", "--made-on", "17/01/2023", "--due",
                    "01/02/2023"),
            List.of("commitment", "add", "grivel", "Publier les lettres réseau", "--demand", "2.1", "--made-on",
                    "17/01/2023"),
            List.of("commitment", "assign", "2", "valérie"),
            List.of("commitment", "confirm", "1", "--received", "--on", "15/03/2023"),
            List.of("commitment", "done", "1", "--status", "kept", "--on", "2023-03-20"),
            List.of("commitment", "list"),
            List.of("commitment", "list", "--json"),
            List.of("commitment", "list", "--mine", "--csv"),
            // the press, the sends that led to it, and the reports
            List.of("outreach", "add", "--kind", "pitch", "--on", "01/09/2022", "--title", "Sujet pour France 2",
                    "--outlet", "France 2", "--embargo", "2022-09-05"),
            List.of("outreach", "edit", "france 2", "--outlet", "France 2", "France Inter", "--no-embargo"),
            List.of("press", "add", "Quand des algorithmes notent les allocataires", "--outlet", "France Inter",
                    "--medium", "radio", "--on", "10/12/2022", "--url", "https://www.radiofrance.fr/caf", "--demand",
                    "lettres", "--quote", "defenseur", "--outreach", "france 2"),
            List.of("press", "add", "Le dernier jour", "--outlet", "Le Monde", "--medium", "print", "--on",
                    "2100-12-31"),
            List.of("press", "list"),
            List.of("press", "list", "--json"),
            List.of("press", "list", "--medium", "TV"),
            List.of("press", "show", "1"),
            List.of("press", "report"),
            List.of("press", "report", "--csv"),
            List.of("outreach", "list", "--csv"),
            List.of("outreach", "show", "france 2"),
            List.of("demand", "ledger"),
            List.of("demand", "ledger", "--csv"),
            List.of("demand", "ledger", "--json"),
            List.of("status"),
            List.of("status", "--json", "--days", "30"),
            // the retro-plan and follow-ups
            List.of("milestone", "add", "Dossier de presse", "--on", "2022-09-15"),
            List.of("milestone", "add", "Rencontre CNAF", "--days-before", "30", "--depends-on", "1"),
            List.of("milestone", "done", "1", "--on", "2022-09-20"),
            List.of("milestone", "list", "--csv"),
            List.of("plan", "--on", "01/01/2023"),
            List.of("plan", "--on", "01/01/2023", "--json"),
            List.of("followup", "add", "Relancer la CNAF", "--owner", "valerie", "--due", "01/02/2023",
                    "--stakeholder", "grivel"),
            List.of("followup", "add", "Relancer", "--due", "2023-01-31", "--meeting", "1"),
            List.of("followup", "done", "2"),
            List.of("followup", "list", "--csv"),
            List.of("followup", "list", "--all", "--csv"),
            List.of("followup", "list", "--mine"),
            List.of("campaign", "edit", "--deadline", "01/09/2023", "--double-ask-days", "21"),
            List.of("calendar"),
            List.of("calendar", "--member", "valérie"),
            List.of("plan", "--on", "01/01/2023"),
            // mobilisations: counts typed in or imported, delivery to a target
            List.of("mobilisation", "add", "Appel commun", "--kind", "joint_appeal", "--count", "80", "--on",
                    "2023-04-01"),
            List.of("mobilisation", "add", "Pétition « Stop au score »", "--on", "2023-04-01"),
            List.of("mobilisation", "count", "APPEL", "95", "--on", "2023-04-10"),
            List.of("mobilisation", "deliver", "appel", "--to", "grivel", "--on", "02/05/2023"),
            List.of("import", "counts", "petition", COUNTS),
            List.of("mobilisation", "list"),
            List.of("mobilisation", "list", "--csv"),
            List.of("mobilisation", "show", "appel"),
            // testimonies: sealed stories and identities, consents per use
            List.of("testimony", "add", "Nadia", "--story", "Trois indus en un an.", "--on", "02/02/2023",
                    "--demand", "1.1"),
            List.of("testimony", "edit", "nadia", "--story", "Quatre indus en un an."),
            List.of("testimony", "add", "Isabelle", "--story", "Suspendue sans préavis.", "--on", "03/02/2023"),
            List.of("testimony", "consent", "give", "Nadia", "--use", "resource-document", "--naming", "first-name"),
            List.of("testimony", "consent", "give", "Nadia", "--use", "briefing"),
            List.of("testimony", "consent", "withdraw", "nadia", "--use", "briefing"),
            List.of("testimony", "identity", "set", "Nadia", "--name", "Nadia K."),
            List.of("testimony", "identity", "show", "Nadia", "--json"),
            List.of("testimony", "list"),
            List.of("testimony", "list", "--usable-for", "resource-document", "--csv"),
            List.of("testimony", "show", "Nadia"),
            // the public accountability page
            List.of("campaign", "publish"),
            List.of("publish", "mark", "commitment", "1"),
            List.of("publish", "mark", "position", "1", "2"),
            List.of("publish", "unmark", "position", "2"),
            List.of("campaign", "unpublish"),
            List.of("campaign", "publish"),
            // the map and the routes to a target
            List.of("stakeholder", "link", "secours", "knows", "defenseur", "--strength", "4"),
            List.of("stakeholder", "link", "defenseur", "advises", "grivel"),
            List.of("path", "--to", "grivel"),
            List.of("path", "--to", "grivel", "--json", "--limit", "20"),
            List.of("path", "--to", "grivel", "--lang", "fr"),
            List.of("path", "--to", "goulet"),
            List.of("map"),
            List.of("map", "--days", "30", "--min-power", "3"),
            List.of("map", "--json"),
            List.of("map", "export", "--format", "csv"),
            List.of("map", "export", "--format", "graphml"),
            List.of("map", "export", "--format", "gexf"),
            List.of("map", "export", "--format", "svg", "--days", "400"),
            // the generated documents
            List.of("brief", "grivel"),
            List.of("brief", "grivel", "--format", "html", "--lang", "fr"),
            List.of("brief", "secours", "--on", "01/03/2023"),
            List.of("doc", "resource"),
            List.of("doc", "resource", "--format", "html", "--on", "2023-03-01", "--lang", "fr"),
            List.of("export", "hatvp", "--year", "2023"),
            List.of("export", "hatvp", "--year", "2023", "--format", "csv", "--lang", "fr"),
            List.of("export", "hatvp", "--year", "2023", "--area", "Protection sociale", "--area", "Numérique",
                    "--decision-type", "regulation"),
            // a member's weekly digest, in their language or the reader's
            List.of("digest", "--member", "valérie", "--week", "2023-01-17"),
            List.of("digest", "--week", "2023-01-17", "--format", "html"),
            List.of("--lang", "fr", "digest", "--member", "valérie", "--week", "2023-01-30"),
            List.of("digest", "--member", "valérie", "--week", "2100-12-31"),
            List.of("digest", "--member", "valérie", "--week", "1900-01-01"),
            // the team and the campaign
            List.of("member", "add", "Didier Minot", "--kind", "coordinator"),
            List.of("member", "add", "Amélie", "--kind", "volunteer", "--org", "secours", "--contact",
                    "amelie@example.org"),
            List.of("member", "edit", "amelie", "--language", "en"),
            List.of("member", "leave", "didier", "--on", "2023-06-01"),
            List.of("training", "add", "Prise de parole", "--on", "10/01/2023", "--topic", "La COG", "--trainer",
                    "VoxPublic", "--attendee", "amelie"),
            List.of("training", "attend", "1", "valérie"),
            List.of("training", "list", "--csv"),
            List.of("member", "list"),
            List.of("member", "list", "--all", "--csv"),
            List.of("member", "show", "amelie"),
            List.of("campaign", "list"),
            List.of("campaign", "show", "--json"),
            List.of("meeting", "list", "--csv"));

    /** Mistakes: one line, the same exit code, nothing written (the last line shows nothing was). */
    static final List<List<String>> MISTAKES = List.of(
            List.of("digest", "--member", "zorro"),
            List.of("digest", "--member", "valérie", "--week", "2101-01-01"),
            List.of("publish", "mark", "testimony", "1"),
            List.of("publish", "mark", "position", "99"),
            List.of("import", "counts", "petition", BAD_COUNTS),
            List.of("mobilisation", "count", "appel", "--", "-3"),
            List.of("mobilisation", "count", "appel", "90", "--on", "31/02/2023"),
            List.of("mobilisation", "count", "apel comun", "90"),
            List.of("training", "attend", "99", "didier"),
            List.of("testimony", "identity", "show", "isabelle"),
            List.of("testimony", "consent", "give", "Nadia", "--use", "twitter"),
            List.of("testimony", "show", "Valentin"),
            List.of("milestone", "done", "99"),
            List.of("followup", "add", "Sans date", "--due", "31/02/2023"),
            List.of("press", "add", "Hors du temps", "--outlet", "Le Monde", "--medium", "print", "--on",
                    "2101-01-01"),
            List.of("press", "list", "--from", "0001-01-01"),
            List.of("meeting", "reject", "2", "--reason", "Doublon"),
            List.of("stakeholder", "add", "Nicolas Grivel", "--org", "cnaf"),
            List.of("stakeholder", "edit", "grivel", "--stance", "2", "--access", "7"),
            List.of("stakeholder", "edit", "grivel", "--stance", "2", "--owner", "zorro"),
            List.of("meeting", "log", "--with", "grivle", "--summary", "x", "--yes"),
            List.of("meeting", "log", "--with", "gr", "--summary", "x", "--yes"),
            List.of("meeting", "log", "--with", "grivel", "--on", "32/01/2023", "--summary", "x", "--yes"),
            List.of("meeting", "log", "--with", "grivel", "--summary", "x", "--demand", "9.9", "--yes"),
            List.of("meeting", "plan", "--with", "grivel", "--on", "17/01/2023", "--yes"),
            List.of("meeting", "held", "4"),
            List.of("meeting", "show", "999"),
            List.of("meeting", "edit", "999", "--title", "x"),
            List.of("stakeholder", "add", "CNAF", "--organisation"),
            List.of("demand", "show", "9.9"),
            List.of("commitment", "done", "2", "--status", "open"),
            List.of("member", "show", "amelei"),
            List.of("path", "--to", "grivel", "--limit", "21"),
            List.of("path", "--to", "zorro"),
            List.of("map", "--days", "0"),
            List.of("map", "--min-power", "6"),
            List.of("brief", "zorro"),
            List.of("export", "hatvp", "--year", "2016"),
            List.of("meeting", "list", "--csv"));

    @TempDir
    Path localHome;

    @TempDir
    Path serverHome;

    @TempDir
    Path remoteHome;

    @Test
    void everyLineAnswersAlikeLocallyAndThroughTheApi() {
        ConnectionSettings localDb = TestPostgres.freshDatabase();
        ConnectionSettings serverDb = TestPostgres.freshDatabase();
        CliRun local = new CliRun(localDb, localHome.toString());
        long valerie = prepare(local);
        prepare(new CliRun(serverDb, serverHome.toString()));
        ok(local, "member", "use", "Valérie");
        try (RemoteServer server = RemoteServer.start(serverDb)) {
            // The token is Valérie's: "logged by" and --mine name her in both modes.
            CliRun remote = CliRun.remote(server.url(), server.token("caf-2023", Role.COORDINATOR, valerie),
                    remoteHome.toString());
            ok(remote, "member", "use", "Valérie");
            List<String> differences = new ArrayList<>();
            List<List<String>> lines = new ArrayList<>(SCENARIO);
            lines.addAll(MISTAKES);
            for (List<String> line : lines) {
                String[] args = line.toArray(String[]::new);
                CliRun.Result here = local.run(args);
                // A line that failed (or succeeded) in both modes alike would prove nothing it was not meant to.
                assertThat(here.exitCode() == 0).as("tracker %s → %s", String.join(" ", line), here.err())
                        .isEqualTo(SCENARIO.contains(line));
                String expected = transcript(here);
                String actual = transcript(remote.run(args));
                if (!expected.equals(actual)) {
                    differences.add("tracker " + String.join(" ", line) + "\n--- local\n" + expected
                            + "--- remote\n" + actual);
                }
            }
            assertThat(differences).as("lines that answer differently through the API").isEmpty();
            // The CLI records no audit of its own in remote mode: the server recorded who read the identity.
            assertThat(server.tracker().audit().list(1, "testimony_identity",
                    java.time.OffsetDateTime.now().minusHours(1), 100)).isNotEmpty();
        }
    }

    @Test
    void remoteModeStartsNoDatabaseAndNeedsNoDataKey() throws Exception {
        ConnectionSettings serverDb = TestPostgres.freshDatabase();
        prepare(new CliRun(serverDb, serverHome.toString()));
        try (RemoteServer server = RemoteServer.start(serverDb)) {
            CliRun remote = CliRun.remote(server.url(), server.token("caf-2023", Role.COORDINATOR),
                    remoteHome.toString());
            ok(remote, "stakeholder", "add", "CNAF", "--organisation");
            ok(remote, "meeting", "log", "--with", "cnaf", "--summary", "Premier contact", "--yes");
            assertThat(ok(remote, "meeting", "show", "1").out()).contains("Premier contact");
        }
        try (Stream<Path> files = Files.walk(remoteHome)) {
            // No pg15 (embedded PostgreSQL), no data.key: the home holds at most what the CLI remembers.
            assertThat(files.filter(p -> !p.equals(remoteHome)).map(p -> remoteHome.relativize(p).toString()))
                    .allMatch(name -> name.equals("current-member") || name.equals("current-campaign"));
        }
    }

    @Test
    void whatWorksOnALocalDatabaseOnlySaysSoInOneLine() {
        ConnectionSettings serverDb = TestPostgres.freshDatabase();
        prepare(new CliRun(serverDb, serverHome.toString()));
        try (RemoteServer server = RemoteServer.start(serverDb)) {
            CliRun remote = CliRun.remote(server.url(), server.token("caf-2023", Role.COORDINATOR),
                    remoteHome.toString());
            for (List<String> line : List.of(List.of("db", "status"), List.of("backup", "/tmp/x.dump"),
                    List.of("serve"), List.of("demo", "--no-serve"), List.of("privacy", "rotate-key"),
                    List.of("campaign", "create", "x", "--name", "X"), List.of("import", "campaign.json"),
                    List.of("export", "campaign.json"), List.of("token", "create", "--role", "adviser"),
                    List.of("audit", "list"), List.of("privacy", "export", "grivel"))) {
                CliRun.Result r = remote.run(line.toArray(String[]::new));
                assertThat(r.exitCode()).as(String.join(" ", line)).isEqualTo(2);
                assertThat(r.err().strip()).as(String.join(" ", line)).doesNotContain("\n")
                        .contains("works on a local database only");
                assertThat(r.out()).isEmpty();
            }
        }
        assertThat(remoteHome.resolve("pg15")).doesNotExist();
    }

    /** A file both modes read (the remote CLI reads its files locally, as it would on a coordinator's laptop). */
    private static String file(String name, String text) {
        try {
            Path dir = Files.createTempDirectory("conformance");
            dir.toFile().deleteOnExit();
            Path file = Files.writeString(dir.resolve(name), text);
            file.toFile().deleteOnExit();
            return file.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The campaign and its first member: what a campaign's creator does locally before anyone logs in. */
    private static long prepare(CliRun cli) {
        ok(cli, "campaign", "create", "caf-2023", "--name", "Remettre l’humain et le droit au cœur des CAF",
                "--deadline", "2023-07-01", "--deadline-label", "Signature de la COG");
        ok(cli, "member", "add", "Valérie", "--kind", "coordinator");
        return 1L;
    }

    private static String transcript(CliRun.Result r) {
        return "exit " + r.exitCode() + "\n" + timeless(r.out()) + "stderr:\n" + timeless(r.err());
    }

    /** Instants (updatedAt…) differ between two runs by nature; days do not. */
    private static String timeless(String text) {
        return text.replaceAll("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})", "<instant>")
                .replaceAll("DTSTAMP:\\d{8}T\\d{6}Z", "DTSTAMP:<instant>");
    }

    private static CliRun.Result ok(CliRun cli, String... args) {
        CliRun.Result r = cli.run(args);
        assertThat(r.exitCode()).as("%s → %s", String.join(" ", args), r.err()).isZero();
        return r;
    }
}
