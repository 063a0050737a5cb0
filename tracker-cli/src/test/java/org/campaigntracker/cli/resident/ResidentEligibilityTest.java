package org.campaigntracker.cli.resident;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.Main;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** Which commands the resident may run: never one given a path, which would resolve against the wrong folder. */
class ResidentEligibilityTest {

    @Test
    void aCommandGivenAFileIsRefusedAndOneWithoutIsTaken() {
        assertThat(ResidentServer.namesAFile(new String[] {"brief", "grivel", "--out", "brief.md"})).isTrue();
        assertThat(ResidentServer.namesAFile(new String[] {"export", "campagne.json"})).isTrue();
        assertThat(ResidentServer.namesAFile(new String[] {"meeting", "log", "--with", "grivel", "--summary", "x",
            "--yes"})).isFalse();
        assertThat(ResidentServer.namesAFile(new String[] {"meeting", "log", "--no-such-option"})).isFalse();
    }

    @Test
    void noCommandTheLauncherSendsToTheResidentTakesAFileOrFolder() throws IOException {
        List<String> quick = launcherQuickCommands();
        assertThat(quick).contains("meeting", "stakeholder", "status");
        try (CliContext context = new CliContext(Map.of("LANG", "C.UTF-8"), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()))) {
            CommandLine root = Main.commandLine(context);
            for (String name : quick) {
                assertThat(root.getSubcommands()).as("launcher command %s exists", name).containsKey(name);
                assertThat(fileArguments(root.getSubcommands().get(name).getCommandSpec()))
                        .as("options taking a path under `tracker %s`", name).isEmpty();
            }
        }
    }

    private static List<String> fileArguments(CommandSpec spec) {
        List<String> found = new ArrayList<>();
        for (ArgSpec arg : spec.args()) {
            if (Path.class.isAssignableFrom(arg.type()) || File.class.isAssignableFrom(arg.type())) {
                found.add(spec.qualifiedName() + " " + arg.paramLabel());
            }
        }
        spec.subcommands().values().forEach(sub -> found.addAll(fileArguments(sub.getCommandSpec())));
        return found;
    }

    private static List<String> launcherQuickCommands() throws IOException {
        String launcher = Files.readString(Path.of("..", "tracker"));
        Matcher m = Pattern.compile("resident_quick=\"([^\"]*)\"").matcher(launcher);
        assertThat(m.find()).as("resident_quick in ./tracker").isTrue();
        return Arrays.stream(m.group(1).strip().split(" +")).toList();
    }
}
