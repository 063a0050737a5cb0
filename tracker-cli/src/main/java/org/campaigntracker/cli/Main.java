package org.campaigntracker.cli;

import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.campaigntracker.cli.resident.ResidentServer;
import org.campaigntracker.cli.resident.ResidentStart;
import org.campaigntracker.core.Tracker;
import picocli.CommandLine;

/** Entry point of {@code tracker}: wires the commands over one {@link CliContext} and runs them. */
public final class Main {

    /** The commands that start the HTTP server. */
    private static final Set<String> SERVERS = Set.of("serve", "demo");

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals(ClassCacheTraining.FLAG)) {
            quietLogging(false);
            ClassCacheTraining.run();
            System.exit(0);
        }
        if (args.length == 1 && args[0].equals(ResidentServer.FLAG)) {
            quietLogging(false);
            System.exit(ResidentServer.run(System.getenv()));
        }
        quietLogging(List.of(args).contains("--verbose"));
        String word = commandWord(args);
        if (word != null && SERVERS.contains(word)) {
            // A server's start is mostly class loading in line; what does not depend on the options starts now.
            Tracker.preload();
        }
        int code;
        CommandLine.ParseResult parsed;
        try (CliContext context = CliContext.system()) {
            CommandLine commandLine = commandLine(context, args);
            code = commandLine.execute(args);
            parsed = commandLine.getParseResult();
        }
        ResidentStart.afterCommand(parsed, args, System.getenv());
        System.exit(code);
    }

    /** The command tree for one run; tests call {@code commandLine(ctx, args).execute(args)}. */
    public static CommandLine commandLine(CliContext context, String... args) {
        preselectLanguage(context, args);
        ContextFactory factory = new ContextFactory(context);
        CommandLine cl = new CommandLine(TrackerCommand.class, factory);
        List<Class<?>> needed = subcommandsFor(args);
        for (Class<?> sub : needed) {
            cl.addSubcommand(new CommandLine(sub, factory));
        }
        cl.setResourceBundle(ResourceBundle.getBundle("org.campaigntracker.cli.help", context.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        cl.setOut(context.out());
        cl.setErr(context.err());
        cl.setExecutionStrategy(new CommandWiring(context));
        cl.setExecutionExceptionHandler(new ErrorHandler(context));
        cl.setParameterExceptionHandler(new UsageErrorHandler(context));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setAbbreviatedSubcommandsAllowed(false);
        return cl;
    }

    /**
     * The subcommand the line names, alone; every subcommand when it names none or an unknown one (help, usage
     * errors with suggestions) or asks for completion (the script covers the whole tree).
     */
    static List<Class<?>> subcommandsFor(String[] args) {
        String word = commandWord(args);
        for (Class<?> sub : TrackerCommand.SUBCOMMANDS) {
            CommandLine.Command c = sub.getAnnotation(CommandLine.Command.class);
            if (!c.name().equals("completion")
                    && (c.name().equals(word) || java.util.Arrays.asList(c.aliases()).contains(word))) {
                return List.of(sub);
            }
        }
        return TrackerCommand.SUBCOMMANDS;
    }

    /**
     * The name of the top-level command the line names ("meeting" for {@code tracker interaction list}); empty when it
     * names none or an unknown one. Found without building any command.
     */
    public static Optional<String> commandName(String[] args) {
        List<Class<?>> named = subcommandsFor(args);
        return named.size() == 1 ? Optional.of(named.get(0).getAnnotation(CommandLine.Command.class).name())
                : Optional.empty();
    }

    /** The first word of the line that is neither an option nor an option's value: the subcommand, if any. */
    static String commandWord(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--campaign") || args[i].equals("--lang")) {
                i++;
            } else if (!args[i].startsWith("-")) {
                return args[i];
            }
        }
        return null;
    }

    /** Help is rendered in the chosen language, so --lang must be known before parsing. */
    private static void preselectLanguage(CliContext context, String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = null;
            if (args[i].equals("--lang") && i + 1 < args.length) {
                value = args[i + 1];
            } else if (args[i].startsWith("--lang=")) {
                value = args[i].substring("--lang=".length());
            }
            if (value != null && (value.equalsIgnoreCase("fr") || value.equalsIgnoreCase("en"))) {
                context.setLanguage(value);
            }
        }
    }

    /** Keeps libraries' INFO logs (Grizzly, Liquibase, HikariCP) off the user's terminal unless --verbose. */
    static void quietLogging(boolean verbose) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(verbose ? Level.INFO : Level.WARNING);
        java.util.logging.ConsoleHandler handler = new java.util.logging.ConsoleHandler();
        handler.setLevel(root.getLevel());
        root.addHandler(handler);
        // Jersey warns about every resource registered as an instance, which is how we wire them (jersey#3700).
        JERSEY_PROVIDERS_LOG.setLevel(Level.SEVERE);
    }

    // Held strongly: java.util.logging forgets the level of a logger nobody references.
    private static final Logger JERSEY_PROVIDERS_LOG = Logger.getLogger("org.glassfish.jersey.internal.inject.Providers");

    /** Builds commands and mixins that take the run's {@link CliContext} in their constructor. */
    private static final class ContextFactory implements CommandLine.IFactory {
        private final CliContext context;
        private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

        ContextFactory(CliContext context) {
            this.context = context;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                Constructor<K> constructor = type.getDeclaredConstructor(CliContext.class);
                constructor.setAccessible(true);
                return constructor.newInstance(context);
            } catch (NoSuchMethodException e) {
                return fallback.create(type);
            }
        }
    }

}
