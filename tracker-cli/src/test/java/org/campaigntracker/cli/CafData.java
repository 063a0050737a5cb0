package org.campaigntracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

/** The reference campaign's core facts, entered through the CLI itself (see campaign-caf.md). */
public final class CafData {

    private CafData() {
    }

    public static void load(CliRun cli) {
        ok(cli, "campaign", "create", "caf-2023", "--name", "Remettre l’humain et le droit au cœur des CAF",
                "--deadline", "2023-07-01", "--deadline-label", "Signature de la COG");
        ok(cli, "stakeholder", "add", "CNAF", "--organisation", "--category", "direct_target", "--power", "5");
        ok(cli, "stakeholder", "add", "Nicolas Grivel", "--org", "cnaf", "--function", "directeur général",
                "--category", "direct_target", "--power", "5");
        ok(cli, "stakeholder", "add", "Défenseur des droits", "--organisation", "--category", "intermediate_target",
                "--power", "4");
        ok(cli, "stakeholder", "add", "Secours catholique", "--organisation", "--category", "ally");
        ok(cli, "stakeholder", "add", "Carole Grandjean", "--function", "députée", "--category", "opponent");
        ok(cli, "stakeholder", "add", "Nathalie Goulet", "--function", "sénatrice", "--category", "opponent");
        ok(cli, "theme", "add", "Sortir de l’illégalité des pratiques et des contrôles");
        ok(cli, "theme", "add", "Restaurer la transparence, base de la justice");
        ok(cli, "demand", "add", "1", "Interdire les décisions automatiques");
        ok(cli, "demand", "add", "1", "Interdire les suspensions préventives");
        ok(cli, "demand", "add", "transparence", "Publier les lettres réseau");
    }

    public static CliRun.Result ok(CliRun cli, String... args) {
        CliRun.Result r = cli.run(args);
        assertThat(r.exitCode()).as("%s → %s", String.join(" ", args), r.err()).isZero();
        return r;
    }
}
