package org.campaigntracker.cli;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.List;
import java.util.Set;
import org.campaigntracker.cli.remote.LocalOnlyException;
import org.campaigntracker.cli.remote.RemoteProblemException;
import org.campaigntracker.cli.remote.RemoteSession;
import org.campaigntracker.cli.remote.RemoteServices;
import java.util.function.Supplier;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.backup.BackupService;
import org.campaigntracker.db.ConnectionSettings;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * The CLI's wiring: once picocli has parsed a line and before it runs the command, fills the command's {@link Uses}
 * fields (and those of its parents and mixins) with services of the Tracker that the run's {@link CliContext} opens on
 * first need. Help, version and parse errors return before this, and a command that declares no service never opens
 * the database. Commands are built by picocli before parsing, which is why services are not constructor arguments:
 * building them would need the whole Tracker, connection and data key, for {@code --help} too.
 */
final class CommandWiring implements CommandLine.IExecutionStrategy {

    /**
     * What works on the server's machine only, by nature: the database itself, its backups, the server, the demo, the
     * data key, making and revoking tokens (a token never mints another), the audit trail, personal data in bulk
     * (privacy export, forget, sweep) and a campaign's creation. In remote mode these say so in one line before
     * anything starts.
     */
    static final Set<String> LOCAL_ONLY = Set.of("db", "backup", "restore", "serve", "demo", "privacy", "audit",
            "token create", "token revoke", "token rotate", "campaign create");
    /** A whole campaign's file, out or in: {@code export} and {@code import <file>}, not their subcommands. */
    static final Set<String> LOCAL_ONLY_EXACTLY = Set.of("import", "export");

    private final CliContext context;
    private List<Object> services;
    private String command = "";

    CommandWiring(CliContext context) {
        this.context = context;
    }

    @Override
    public int execute(ParseResult parsed) {
        Integer help = CommandLine.executeHelpRequest(parsed);
        if (help != null) {
            return help;
        }
        List<CommandLine> lines = parsed.asCommandLineList();
        CommandLine last = lines.get(lines.size() - 1);
        command = commandName(last.getCommandSpec());
        context.commandName(command);
        try {
            if ((LOCAL_ONLY_EXACTLY.contains(command)
                    || LOCAL_ONLY.stream().anyMatch(local -> command.equals(local) || command.startsWith(local + " ")))
                    && context.remote().isPresent()) {
                throw new LocalOnlyException(command);
            }
        } catch (RuntimeException e) {
            // Remote settings that cannot be used (TRACKER_URL without TRACKER_TOKEN…), or a local-only command.
            throw new CommandLine.ExecutionException(last, String.valueOf(e.getMessage()), e);
        }
        for (CommandLine line : lines) {
            try {
                fill(line.getCommandSpec());
            } catch (RuntimeException e) {
                // Reported like a failure of the command itself (database unavailable, data key missing…).
                throw new CommandLine.ExecutionException(line, String.valueOf(e.getMessage()), e);
            }
        }
        return new CommandLine.RunLast().execute(parsed);
    }

    /** What a command may declare with {@link Uses}, besides {@link BackupService}: the Tracker's services and key. */
    static List<Object> services(Tracker t) {
        return List.of(t.campaigns(), t.demands(), t.tokens(), t.stakeholders(), t.contactPoints(), t.relationships(),
                t.members(), t.trainings(), t.positions(), t.commitments(), t.mobilisations(), t.outreach(), t.plan(), t.followUps(), t.interactions(), t.intake(),
                t.press(), t.testimonies(), t.status(), t.transfer(), t.ledger(), t.coverage(), t.hatvp(),
                t.resourceDocument(), t.briefing(), t.calendar(), t.maps(), t.audit(), t.privacy(), t.publish(), t.sealer(),
                t.stewardship(), t.transactions(), t.digests());
    }

    private void fill(CommandSpec spec) {
        Object command = spec.userObject();
        for (Class<?> c = command.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(Uses.class)) {
                    set(field, command, value(field));
                }
            }
        }
        for (CommandSpec mixin : spec.mixins().values()) {
            fill(mixin);
        }
    }

    private Object value(Field field) {
        if (field.getType() != Supplier.class) {
            return service(field.getType(), field);
        }
        Class<?> type = (Class<?>) ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0];
        return (Supplier<?>) () -> service(type, field);
    }

    private Object service(Class<?> type, Field field) {
        if (type == BackupService.class) {
            // pg_dump and pg_restore over the run's connection settings: it needs no Tracker.
            return new BackupService(ConnectionSettings.resolve(context.databaseConfig()), context.env());
        }
        if (services == null) {
            context.remote().ifPresent(this::mayUseTheCli);
            services = context.remote().map(RemoteServices::of).orElseGet(() -> services(context.tracker()));
        }
        for (Object service : services) {
            if (type.isInstance(service)) {
                return service;
            }
        }
        if (context.remote().isPresent()) {
            // A service the API does not offer the CLI (yet): the command runs against a local database only.
            throw new LocalOnlyException(command);
        }
        throw new IllegalStateException("no service of type " + type.getName() + " for @Uses " + field);
    }

    /**
     * The CLI shows what the coalition's team sees (names, notes, contacts): a partner's token, which must never read
     * them, works with the web pages and the API instead, and is refused here in one line.
     */
    private void mayUseTheCli(RemoteSession session) {
        if (!session.role().seesPersonalData()) {
            throw new RemoteProblemException(403, "role-not-allowed", context.messages().get("error.remote_partner"));
        }
    }

    /** "meeting log": the qualified name without the root's. */
    static String commandName(CommandSpec spec) {
        String name = spec.qualifiedName();
        int space = name.indexOf(' ');
        return space < 0 ? "" : name.substring(space + 1);
    }

    private static void set(Field field, Object target, Object value) {
        try {
            field.setAccessible(true);
            field.set(target, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot set @Uses " + field, e);
        }
    }
}
