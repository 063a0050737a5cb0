package org.campaigntracker.cli.resident;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.GlobalOptions;
import org.campaigntracker.cli.output.Pairs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tracker resident status|stop}: the warm helper the launcher starts for quick commands. */
@Command(name = "resident", mixinStandardHelpOptions = true,
        subcommands = {ResidentCommand.Status.class, ResidentCommand.Stop.class})
public final class ResidentCommand {

    @Mixin
    GlobalOptions global;

    static ResidentClient client(CliContext context) {
        return new ResidentClient(context.databaseConfig().home().resolve("resident"));
    }

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
            ResidentClient client = client(context);
            Optional<String[]> answer = client.control("status").filter(a -> a.startsWith("status "))
                    .map(a -> a.split(" "));
            Map<String, Object> status = new LinkedHashMap<>();
            status.put("running", answer.isPresent());
            if (answer.isPresent()) {
                long pid = Long.parseLong(answer.get()[1]);
                status.put("pid", pid);
                status.put("port", client.port().orElse(null));
                status.put("started", Instant.ofEpochMilli(Long.parseLong(answer.get()[2])).toString());
                status.put("commands_run", Integer.parseInt(answer.get()[3]));
                status.put("memory_kb", residentMemoryKb(pid));
                status.put("jar", client.read("jar").orElse(null));
            }
            Pairs.print(context.out(), status, json);
            return 0;
        }

        /** VmRSS: what the resident really holds in memory (its heap is mostly reserved, not resident). */
        private static Long residentMemoryKb(long pid) {
            try {
                return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                        .filter(l -> l.startsWith("VmRSS:"))
                        .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")))
                        .findFirst().orElse(null);
            } catch (IOException | NumberFormatException e) {
                return null;
            }
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
            boolean stopped = client(context).control("stop").filter("stopped"::equals).isPresent();
            context.out().println(context.messages().get(stopped ? "resident.stopped" : "resident.not_running"));
            return 0;
        }
    }
}
