package org.campaigntracker.cli;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.List;
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

    private final CliContext context;
    private List<Object> services;

    CommandWiring(CliContext context) {
        this.context = context;
    }

    @Override
    public int execute(ParseResult parsed) {
        Integer help = CommandLine.executeHelpRequest(parsed);
        if (help != null) {
            return help;
        }
        for (CommandLine line : parsed.asCommandLineList()) {
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
            services = services(context.tracker());
        }
        for (Object service : services) {
            if (type.isInstance(service)) {
                return service;
            }
        }
        throw new IllegalStateException("no service of type " + type.getName() + " for @Uses " + field);
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
