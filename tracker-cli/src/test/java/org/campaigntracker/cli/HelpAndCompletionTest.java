package org.campaigntracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class HelpAndCompletionTest {

    @TempDir
    Path home;

    @Test
    void everyCommandHasHelpWithAnExampleInEnglishAndFrench() {
        for (String lang : List.of("en", "fr")) {
            CliContext context = new CliContext(Map.of(), new PrintWriter(new StringWriter()),
                    new PrintWriter(new StringWriter()));
            CommandLine root = Main.commandLine(context, "--lang", lang);
            for (CommandLine command : CommandTree.all(root)) {
                if (command.getSubcommands().isEmpty() || command == root) {
                    String help = command.getUsageMessage();
                    String name = command.getCommandSpec().qualifiedName();
                    assertThat(help).as(name + " in " + lang).contains(lang.equals("fr") ? "Exemple" : "Example");
                    assertThat(help).as(name + " description in " + lang).doesNotContain("usage.description");
                    assertThat(command.getCommandSpec().options()).as(name).allSatisfy(o ->
                            assertThat(o.description()).as(name + " " + o.longestName() + " in " + lang).isNotEmpty());
                }
            }
        }
    }

    @Test
    void frenchHelpIsFrench() {
        CliRun cli = new CliRun(TestPostgres.freshDatabase(), home.toString());
        String help = cli.run("--lang", "fr", "meeting", "log", "--help").out();
        assertThat(help).contains("Consigner une rencontre").contains("Qui a été rencontré")
                .contains("Dans un terminal, les champs manquants sont demandés");
    }

    @Test
    void completionScriptsCoverTheCommandTree() {
        CliRun cli = new CliRun(TestPostgres.freshDatabase(), home.toString());
        for (String shell : List.of("bash", "zsh")) {
            CliRun.Result r = cli.run("completion", shell);
            assertThat(r.exitCode()).isZero();
            assertThat(r.out()).contains("complete -F").contains("meeting").contains("stakeholder")
                    .contains("--with").contains("bashcompinit");
        }
        assertThat(cli.run("completion", "fish").exitCode()).isEqualTo(ExitCode.USAGE);
    }

}
