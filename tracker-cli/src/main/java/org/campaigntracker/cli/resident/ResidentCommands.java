package org.campaigntracker.cli.resident;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.Main;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Which command lines the resident helper may run: decided here only. The launcher offers every command to a running
 * resident, which asks {@link #verdict(String[], boolean)}; a JVM that ran a command itself asks
 * {@link #verdict(ParseResult, boolean)} to know whether starting a resident for the next ones is worth it.
 * Every command is in exactly one of the two lists below ({@code ResidentCommandsTest} walks the command tree).
 */
final class ResidentCommands {

    /**
     * Everyday data entry and reading: they take no file, start nothing that outlives them, and prompt only where
     * --yes or a missing terminal says not to. A line is a command, then its subcommands after the colon.
     */
    static final Set<String> QUICK = names(
            "campaign: create edit list show use publish unpublish",
            "stakeholder: add edit show list link contact",
            "theme: add edit list show",
            "demand: add edit list show ledger",
            "meeting: log plan list show edit held cancel reject reinstate",
            "agenda",
            "position: set history",
            "commitment: add list done confirm assign",
            "press: add list show report",
            "mobilisation: add count list show deliver",
            "outreach: add edit list show",
            "milestone: add list done",
            "followup: add list done",
            "status",
            "path",
            "plan",
            "training: add list attend",
            "member: add list show edit leave use",
            "relationships: due");

    /** Always run by a JVM of their own. */
    static final Set<String> EXCLUDED = names(
            // Servers: they run until stopped, with the JIT and memory settings of a server.
            "serve", "demo",
            // A file named on the line: the resident would resolve a relative path from its own folder.
            "brief", "digest", "calendar", "import: stakeholders interactions counts", "export: hatvp", "doc: resource", "map: export", "backup",
            "meeting import",
            "restore",
            // publish --static names a folder, and the resident decides from the command word: all of publish.
            "publish: mark unmark preview",
            // They stop or change what the resident itself relies on: the embedded database, the resident.
            "db: status stop migrate", "resident: status stop",
            // Keys, tokens, testimonies and personal data in bulk: decrypted only in a process that ends with the
            // command, never kept in a long-lived heap.
            "privacy: export forget sweep rotate-key", "token: create list revoke rotate", "audit: list",
            // A token typed at a prompt or read from stdin: never through a long-lived process either.
            "login", "logout",
            "testimony: add list show edit consent identity", "testimony consent: give withdraw",
            "testimony identity: set show",
            // Run once when setting up a shell.
            "completion");

    /** What the resident does with a command line. */
    enum Verdict {
        RUN,
        /** Excluded above, or not a command: a usage error is printed by a direct run. */
        NOT_QUICK,
        /** --verbose turns on library logging for the whole JVM. */
        VERBOSE,
        /** A person is at the terminal and --yes is missing: a direct run can ask them, the resident cannot. */
        MAY_PROMPT;

        /** The word the resident answers with, after "refused". */
        String reason() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private ResidentCommands() {
    }

    /** For a command line the launcher offers; {@code console}: its stdin and stdout are both terminals. */
    static Verdict verdict(String[] args, boolean console) {
        if (Main.commandName(args).filter(QUICK::contains).isEmpty()) {
            // Decided from the command word alone: building every command to parse a line that names none (help,
            // --version, a typo) costs a warm JVM about 100 ms.
            return Verdict.NOT_QUICK;
        }
        try (CliContext context = new CliContext(Map.of("LANG", "C.UTF-8"), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()))) {
            return verdict(Main.commandLine(context, args).parseArgs(args), console);
        } catch (RuntimeException e) {
            // A usage error, or an option value rejected while parsing: a direct run prints it, as always.
            return Verdict.NOT_QUICK;
        }
    }

    /** For a command line already parsed. */
    static Verdict verdict(ParseResult parsed, boolean console) {
        ParseResult last = parsed;
        boolean yes = false;
        for (ParseResult r = parsed; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--verbose")) {
                return Verdict.VERBOSE;
            }
            yes |= r.hasMatchedOption("--yes");
            last = r;
        }
        if (!QUICK.contains(name(last.commandSpec()))) {
            return Verdict.NOT_QUICK;
        }
        return console && !yes ? Verdict.MAY_PROMPT : Verdict.RUN;
    }

    /** "meeting log" for {@code tracker meeting log} or {@code tracker interaction log}; "" for the root. */
    static String name(CommandLine.Model.CommandSpec spec) {
        String qualified = spec.qualifiedName(" ");
        int space = qualified.indexOf(' ');
        return space < 0 ? "" : qualified.substring(space + 1);
    }

    /**
     * "meeting: log list" is meeting, meeting log and meeting list. Plain loops rather than streams: every JVM that
     * runs a command loads these lists once it has run, cold, and should pay as little as possible for it.
     */
    private static Set<String> names(String... lines) {
        Set<String> names = new HashSet<>();
        for (String line : lines) {
            String[] parts = line.split(":", 2);
            String command = parts[0].strip();
            names.add(command);
            if (parts.length == 2) {
                for (String sub : parts[1].strip().split(" +")) {
                    names.add(command + " " + sub);
                }
            }
        }
        return Set.copyOf(names);
    }
}
