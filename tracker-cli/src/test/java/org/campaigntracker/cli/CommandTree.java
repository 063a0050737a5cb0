package org.campaigntracker.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** The tests that walk every command: the root and each subcommand once (aliases name the same one). */
final class CommandTree {

    private CommandTree() {
    }

    static List<CommandLine> all(CommandLine root) {
        List<CommandLine> result = new ArrayList<>(List.of(root));
        for (CommandLine sub : root.getSubcommands().values()) {
            if (!result.contains(sub)) {
                all(sub).stream().filter(c -> !result.contains(c)).forEach(result::add);
            }
        }
        return result;
    }
}
