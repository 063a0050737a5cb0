package org.campaigntracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.backup.BackupService;
import org.campaigntracker.db.ConnectionSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import picocli.CommandLine;

/**
 * Commands receive the services they declare with {@link Uses} from the CLI's wiring: none of them reaches the
 * Tracker, builds a service, or opens the database before it runs (help, version, completion).
 */
class CommandWiringTest {

    /** Composition roots of their own, and the CLI's wiring: the only classes that may name the Tracker. */
    private static final Set<String> MAY_USE_TRACKER = Set.of("org.campaigntracker.cli.CliContext",
            "org.campaigntracker.cli.CommandWiring", "org.campaigntracker.cli.Main",
            "org.campaigntracker.cli.ClassCacheTraining",
            "org.campaigntracker.cli.serve.ServeCommand", "org.campaigntracker.cli.demo.DemoCommand");

    private static final Pattern TRACKER = Pattern.compile("org/campaigntracker/core/Tracker(?![\\w$])");
    private static final Pattern NEW_SERVICE = Pattern.compile("new\\s+\\w*Service\\s*\\(");

    @TempDir
    Path home;

    @Test
    void noCommandNamesTheTracker() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (String name : compiledClasses()) {
            String bytes = Files.readString(classFile(name), StandardCharsets.ISO_8859_1);
            if (TRACKER.matcher(bytes).find() && !MAY_USE_TRACKER.contains(name)) {
                offenders.add(name);
            }
        }
        assertThat(offenders).as("classes that reach the Tracker instead of declaring services with @Uses").isEmpty();
    }

    @Test
    void onlyTheWiringBuildsAService() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (NEW_SERVICE.matcher(Files.readString(source)).find()
                        && !source.endsWith(Path.of("cli", "CommandWiring.java"))) {
                    offenders.add(source.toString());
                }
            }
        }
        assertThat(offenders).as("sources that build a service").isEmpty();
    }

    @Test
    void everyServiceACommandDeclaresIsOneTheWiringProvides() throws Exception {
        // A Tracker over a database that is never reached: building it queries nothing.
        PGSimpleDataSource nowhere = new PGSimpleDataSource();
        nowhere.setUrl("jdbc:postgresql://127.0.0.1:1/tracker");
        List<Object> services = CommandWiring.services(Tracker.over(nowhere));
        List<String> declared = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String name : compiledClasses()) {
            for (Field field : Class.forName(name, false, Main.class.getClassLoader()).getDeclaredFields()) {
                if (field.isAnnotationPresent(Uses.class)) {
                    Class<?> type = field.getType() == Supplier.class
                            ? (Class<?>) ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0]
                            : field.getType();
                    declared.add(field.getDeclaringClass().getSimpleName() + "." + field.getName());
                    if (type != BackupService.class && services.stream().noneMatch(type::isInstance)) {
                        unknown.add(field.toString());
                    }
                }
            }
        }
        assertThat(declared).contains("MeetingLog.interactions", "TestimonyRef.testimonies", "RestoreCommand.privacy");
        assertThat(unknown).as("@Uses fields of a type the wiring does not provide").isEmpty();
    }

    @Test
    void helpVersionAndCommandsThatNeedNoDataNeverOpenTheDatabase() {
        // Nothing listens on port 1: a command that opened the database would fail with DATABASE_UNAVAILABLE.
        CliRun cli = new CliRun(new ConnectionSettings("jdbc:postgresql://127.0.0.1:1/tracker", "tracker", "x"),
                home.toString());
        List<List<String>> lines = new ArrayList<>(List.of(List.of("--help"), List.of("--version"),
                List.of("completion", "bash"), List.of("db", "status")));
        CommandLine root = Main.commandLine(new CliContext(Map.of(), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter())));
        for (CommandLine command : CommandTree.all(root)) {
            List<String> path = new ArrayList<>(List.of(command.getCommandSpec().qualifiedName().split(" ")));
            path.remove(0);
            path.add("--help");
            lines.add(path);
        }
        assertThat(lines).hasSizeGreaterThan(60);
        for (List<String> line : lines) {
            CliRun.Result r = cli.run(line.toArray(String[]::new));
            assertThat(r.exitCode()).as(String.join(" ", line) + ": " + r.err()).isZero();
        }
        assertThat(cli.run("campaign", "list").exitCode()).isEqualTo(ExitCode.DATABASE_UNAVAILABLE);
    }

    @Test
    void aCommandRefusesItsOwnBadInputBeforeReachingTheDatabase() {
        // Services are handed out before the command runs, but the database is reached on the first query only.
        CliRun cli = new CliRun(new ConnectionSettings("jdbc:postgresql://127.0.0.1:1/tracker", "tracker", "x"),
                home.toString());
        CliRun.Result missingFile = cli.run("import", home.resolve("no-such-campaign.json").toString());
        assertThat(missingFile.exitCode()).as(missingFile.err()).isNotEqualTo(ExitCode.DATABASE_UNAVAILABLE)
                .isNotZero();
        CliRun.Result badStatus = cli.run("--campaign", "caf", "commitment", "done", "1", "--status", "open");
        assertThat(badStatus.exitCode()).as(badStatus.err()).isEqualTo(ExitCode.INVALID_INPUT);
    }


    private static Path classes() {
        try {
            return Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every class compiled from tracker-cli's main sources. */
    private static List<String> compiledClasses() throws IOException {
        Path root = classes();
        try (Stream<Path> files = Files.walk(root)) {
            List<String> names = files.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .filter(n -> !n.endsWith("package-info")).sorted().toList();
            assertThat(names).contains("org.campaigntracker.cli.meeting.MeetingLog");
            return names;
        }
    }

    private static Path classFile(String name) {
        return classes().resolve(name.replace('.', '/') + ".class");
    }
}
