package org.campaigntracker.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.audit.Actor;
import org.campaigntracker.core.seal.DataKeys;
import org.campaigntracker.cli.remote.LocalOnlyException;
import org.campaigntracker.cli.remote.RemoteServices;
import org.campaigntracker.cli.remote.RemoteSession;
import org.campaigntracker.cli.remote.RemoteSettings;
import org.campaigntracker.core.campaign.Campaign;
import org.campaigntracker.core.campaign.Campaigns;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.db.ConnectionSettings;
import org.campaigntracker.db.DatabaseConfig;

/**
 * What one run of {@code tracker} shares between commands: environment, language, output streams, the
 * database (opened on first use only, so `--help` never starts it) and the chosen campaign. It is the run's
 * composition root: {@link CommandWiring} hands commands the services of the Tracker it opens.
 */
public final class CliContext implements AutoCloseable {

    private final Map<String, String> env;
    private final PrintWriter out;
    private final PrintWriter err;
    private Locale locale;
    private boolean verbose;
    private String campaignOverride;
    private Tracker tracker;
    private Optional<RemoteSession> remote;
    private String commandName = "";
    private boolean assumeYes;
    private java.io.BufferedReader input;
    private boolean interactive = org.campaigntracker.cli.output.Terminal.interactive();

    public CliContext(Map<String, String> env, PrintWriter out, PrintWriter err) {
        this.env = env;
        this.out = out;
        this.err = err;
        this.locale = localeFromEnvironment(env);
    }

    public static CliContext system() {
        return new CliContext(System.getenv(),
                new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    }

    static Locale localeFromEnvironment(Map<String, String> env) {
        // TRACKER_LANG: the user's language when the launcher had to switch the locale to C.UTF-8 (see ./tracker).
        for (String name : new String[] {"TRACKER_LANG", "LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return value.toLowerCase(Locale.ROOT).startsWith("fr") ? Locale.FRENCH : Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }

    void setLanguage(String language) {
        String l = language.strip().toLowerCase(Locale.ROOT);
        if (!l.equals("fr") && !l.equals("en")) {
            throw InvalidInputException.of("lang", "one_of", "fr, en");
        }
        this.locale = Locale.forLanguageTag(l);
    }

    void setVerbose(boolean verbose) {
        this.verbose = verbose;
    }

    void assumeYes(boolean yes) {
        this.assumeYes = yes;
    }

    /** True when a person is at the terminal (colour, progress bars); the resident helper sets it per request. */
    public boolean interactive() {
        return interactive;
    }

    public CliContext interactive(boolean interactive) {
        this.interactive = interactive;
        return this;
    }

    /** Answers to prompts come from this reader, as if typed at a terminal (tests, and the console itself). */
    public CliContext input(java.io.Reader reader) {
        this.input = new java.io.BufferedReader(reader);
        return this;
    }

    /**
     * Someone to ask, when a person is at the terminal and --yes was not given; empty otherwise, and then a
     * command never waits for input: it fails with a clear message instead.
     */
    public Optional<Prompter> prompter() {
        if (assumeYes) {
            return Optional.empty();
        }
        if (input == null && interactive && System.console() != null && System.console().reader() != null) {
            input = new java.io.BufferedReader(System.console().reader());
        }
        return input == null ? Optional.empty() : Optional.of(new Prompter(input, out, messages()));
    }

    void overrideCampaign(String slug) {
        this.campaignOverride = slug;
    }

    public Locale locale() {
        return locale;
    }

    public CliMessages messages() {
        return new CliMessages(locale);
    }

    public boolean verbose() {
        return verbose;
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    public Map<String, String> env() {
        return env;
    }

    public DatabaseConfig databaseConfig() {
        return DatabaseConfig.fromEnvironment(env);
    }

    /**
     * Starts or reaches the database, migrates it if this build's schema is newer and makes sure the data key exists:
     * what the wiring does before any command that uses a service, for {@code tracker db migrate}, which uses none.
     */
    public void openDatabase() {
        tracker().dsl().selectOne().fetch();
    }

    /**
     * The database, started or reached on first use, migrated if this build's schema is newer. Only the CLI's wiring
     * ({@link CommandWiring}) reaches it: commands declare the services they use with {@link Uses}.
     */
    Tracker tracker() {
        if (remote().isPresent()) {
            throw new LocalOnlyException(commandName);
        }
        if (tracker == null) {
            DatabaseConfig config = databaseConfig();
            // The database is started or reached on the first query, not here: a command whose own checks refuse
            // its input answers without it.
            tracker = Tracker.connectOnFirstUse(() -> ConnectionSettings.resolve(config), DataKeys.resolve(env, config));
        }
        return tracker;
    }

    /**
     * The server this run talks to instead of a database (remote mode): {@code TRACKER_URL} and {@code TRACKER_TOKEN},
     * else what {@code tracker login} saved; empty in local mode. Read once per run.
     */
    public Optional<RemoteSession> remote() {
        if (remote == null) {
            remote = RemoteSettings.resolve(env, databaseConfig().home()).map(s -> new RemoteSession(s, locale));
        }
        return remote;
    }

    /** The command this run executes ("meeting log"), for messages that name it. */
    void commandName(String name) {
        this.commandName = name;
    }

    /** Who runs this command, for the audit trail: the operating-system account. */
    public Actor actor() {
        return Actor.osUser(env.getOrDefault("USER", System.getProperty("user.name")));
    }

    /**
     * True when the user agreed to something that cannot be undone: --yes, or "yes" at the prompt. Without a
     * terminal and without --yes it refuses rather than wait or guess.
     */
    public boolean confirmed(String question) {
        if (assumeYes) {
            return true;
        }
        return prompter().orElseThrow(() -> InvalidInputException.of("yes", "required")).confirm(question, false);
    }

    /** The campaign named by --campaign, else the one chosen with `tracker campaign use`, else the only one. */
    public Campaign campaign() {
        Campaigns campaigns = remote().map(RemoteServices::campaigns).orElseGet(() -> tracker().campaigns());
        // A token reaches one campaign: a name saved for the local database does not choose among the server's.
        Optional<String> slug = Optional.ofNullable(campaignOverride)
                .or(() -> remote().isPresent() ? Optional.empty() : savedCampaign());
        if (slug.isPresent()) {
            return campaigns.get(slug.get());
        }
        var all = campaigns.list();
        if (all.size() == 1) {
            return all.get(0);
        }
        throw new NoCampaignChosenException(all.isEmpty());
    }

    public void saveCampaign(String slug) {
        try {
            Files.createDirectories(databaseConfig().home());
            Files.writeString(currentCampaignFile(), slug + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remember the current campaign in " + currentCampaignFile(), e);
        }
    }

    /** Who uses the CLI on this machine ({@code tracker member use}), for {@code --mine}; one name per home. */
    public void saveMember(String name) {
        try {
            Files.createDirectories(databaseConfig().home());
            Files.writeString(currentMemberFile(), name + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remember who you are in " + currentMemberFile(), e);
        }
    }

    public Optional<String> savedMember() {
        try {
            return Files.exists(currentMemberFile()) ? Optional.of(Files.readString(currentMemberFile(),
                    StandardCharsets.UTF_8).strip()).filter(s -> !s.isEmpty()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Path currentMemberFile() {
        return databaseConfig().home().resolve("current-member");
    }

    private Optional<String> savedCampaign() {
        Path file = currentCampaignFile();
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip())
                    .filter(s -> !s.isEmpty()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Path currentCampaignFile() {
        return databaseConfig().home().resolve("current-campaign");
    }

    @Override
    public void close() {
        if (tracker != null) {
            tracker.close();
            tracker = null;
        }
        out.flush();
        err.flush();
    }
}
