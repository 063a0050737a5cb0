package org.campaigntracker.cli.db;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.GlobalOptions;
import org.campaigntracker.cli.output.Pairs;
import org.campaigntracker.db.ConnectionSettings;
import org.campaigntracker.db.DatabaseConfig;
import org.campaigntracker.db.embedded.EmbeddedPostgres;
import org.campaigntracker.db.embedded.EmbeddedPostgresStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tracker db status|stop|migrate}: the embedded database's state, without starting it by accident. */
@Command(name = "db", mixinStandardHelpOptions = true,
        subcommands = {DbCommand.Status.class, DbCommand.Stop.class, DbCommand.Migrate.class})
public final class DbCommand {

    @Mixin
    GlobalOptions global;

    @Command(name = "status", mixinStandardHelpOptions = true)
    static final class Status implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        GlobalOptions global;

        @Option(names = "--json", descriptionKey = "option.json")
        boolean json;

        Status(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            DatabaseConfig config = context.databaseConfig();
            Map<String, Object> status = new LinkedHashMap<>();
            if (!config.isEmbedded()) {
                status.put("mode", "external");
                status.put("url", new ConnectionSettings(config.url().orElseThrow(), null, null).redactedUrl());
            } else {
                EmbeddedPostgresStatus s = EmbeddedPostgres.status(config.home());
                status.put("mode", "embedded");
                status.put("home", config.home().toString());
                status.put("data_directory", s.dataDirectory().toString());
                status.put("initialised", s.initialised());
                status.put("running", s.running());
                status.put("port", s.port());
                status.put("pid", s.pid());
                status.put("version", s.version());
            }
            Pairs.print(context.out(), status, json);
            return 0;
        }
    }

    @Command(name = "stop", mixinStandardHelpOptions = true)
    static final class Stop implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        GlobalOptions global;

        Stop(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            DatabaseConfig config = context.databaseConfig();
            if (!config.isEmbedded()) {
                context.out().println(context.messages().get("db.external_not_stopped"));
                return 0;
            }
            boolean wasRunning = EmbeddedPostgres.stop(config.home());
            context.out().println(context.messages().get(wasRunning ? "db.stopped" : "db.not_running"));
            return 0;
        }
    }

    @Command(name = "migrate", mixinStandardHelpOptions = true)
    static final class Migrate implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        GlobalOptions global;

        Migrate(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            context.openDatabase();
            context.out().println(context.messages().get("db.migrated"));
            return 0;
        }
    }
}
