package org.campaigntracker.cli.resident;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.Main;
import org.campaigntracker.cli.resident.ResidentCommands.Verdict;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Guard rail: every command is either quick (the resident may run it) or explicitly excluded, so adding a command
 * means deciding; and the decision itself, made once in Java, for the command lines the launcher offers.
 */
class ResidentCommandsTest {

    @Test
    void everyCommandIsEitherQuickOrExcludedAndEveryListedCommandExists() {
        Set<String> commands = new TreeSet<>();
        collect(rootCommand().getCommandSpec(), commands);
        assertThat(commands).contains("meeting log", "testimony consent give", "serve");

        List<String> unclassified = commands.stream()
                .filter(c -> !ResidentCommands.QUICK.contains(c) && !ResidentCommands.EXCLUDED.contains(c)).toList();
        assertThat(unclassified).as("commands in neither ResidentCommands.QUICK nor ResidentCommands.EXCLUDED: "
                + "decide whether the resident may run them").isEmpty();
        assertThat(ResidentCommands.QUICK).as("commands both quick and excluded")
                .doesNotContainAnyElementsOf(ResidentCommands.EXCLUDED);
        Set<String> stale = new TreeSet<>(ResidentCommands.QUICK);
        stale.addAll(ResidentCommands.EXCLUDED);
        stale.removeAll(commands);
        assertThat(stale).as("listed in ResidentCommands but no longer a command").isEmpty();
    }

    @Test
    void noQuickCommandTakesAFileOrFolder() {
        // A relative path would resolve against the resident's working directory, not the caller's.
        List<String> found = new ArrayList<>();
        for (CommandSpec spec : specs(rootCommand().getCommandSpec())) {
            if (ResidentCommands.QUICK.contains(ResidentCommands.name(spec))) {
                for (ArgSpec arg : spec.args()) {
                    if (Path.class.isAssignableFrom(arg.type()) || File.class.isAssignableFrom(arg.type())) {
                        found.add(spec.qualifiedName() + " " + arg.paramLabel());
                    }
                }
            }
        }
        assertThat(found).as("quick commands with an option or parameter taking a path").isEmpty();
    }

    @Test
    void aQuickCommandRunsUnlessItCouldPromptOrIsVerbose() {
        String[] log = {"meeting", "log", "--with", "grivel", "--summary", "x"};
        assertThat(ResidentCommands.verdict(log, false)).isEqualTo(Verdict.RUN);
        assertThat(ResidentCommands.verdict(log, true)).isEqualTo(Verdict.MAY_PROMPT);
        assertThat(ResidentCommands.verdict(with(log, "--yes"), true)).isEqualTo(Verdict.RUN);
        assertThat(ResidentCommands.verdict(with(log, "-y"), true)).isEqualTo(Verdict.RUN);
        assertThat(ResidentCommands.verdict(with(log, "--verbose"), false)).isEqualTo(Verdict.VERBOSE);
        // Global options before the command word, values included, and the alias of meeting.
        assertThat(ResidentCommands.verdict(new String[] {"--campaign", "serve", "--lang", "fr", "interaction", "list"},
                false)).isEqualTo(Verdict.RUN);
    }

    @Test
    void excludedCommandsRootLinesAndUsageErrorsAreLeftToADirectRun() {
        for (String[] line : List.of(new String[] {"serve", "--port", "0"}, new String[] {"export", "out.json"},
                new String[] {"brief", "grivel", "--out", "brief.md", "--yes"},
                new String[] {"privacy", "rotate-key", "--yes"}, new String[] {"testimony", "consent", "give", "1"},
                new String[] {"--version"}, new String[] {}, new String[] {"meetnig", "list"},
                new String[] {"meeting", "lgo"}, new String[] {"meeting", "list", "--no-such-option"},
                new String[] {"meeting", "list", "--lang", "de"})) {
            assertThat(ResidentCommands.verdict(line, false)).as(String.join(" ", line)).isEqualTo(Verdict.NOT_QUICK);
        }
    }

    private static String[] with(String[] line, String option) {
        List<String> all = new ArrayList<>(List.of(line));
        all.add(option);
        return all.toArray(String[]::new);
    }

    private static CommandLine rootCommand() {
        CliContext context = new CliContext(Map.of("LANG", "C.UTF-8"), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        return Main.commandLine(context);
    }

    /** Names as ResidentCommands lists them ("meeting log"). */
    private static void collect(CommandSpec spec, Set<String> names) {
        specs(spec).forEach(sub -> names.add(ResidentCommands.name(sub)));
    }

    /** Every command below this one, each once whatever its aliases. */
    private static Set<CommandSpec> specs(CommandSpec spec) {
        Set<CommandSpec> all = new LinkedHashSet<>();
        for (CommandLine sub : spec.subcommands().values()) {
            all.add(sub.getCommandSpec());
            all.addAll(specs(sub.getCommandSpec()));
        }
        return all;
    }
}
