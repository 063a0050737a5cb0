package org.campaigntracker.cli.privacy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.GlobalOptions;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.cli.output.DateConverter;
import org.campaigntracker.cli.output.FormatOptions;
import org.campaigntracker.core.audit.AuditEvent;
import org.campaigntracker.core.audit.AuditService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tracker audit list}: who read or changed personal data, newest first. */
@Command(name = "audit", mixinStandardHelpOptions = true, subcommands = AuditCommand.ListEvents.class)
public final class AuditCommand {

    @Mixin
    GlobalOptions global;

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListEvents extends Action {
        @Option(names = "--subject", descriptionKey = "audit.subject")
        String subject;

        @Option(names = "--since", converter = DateConverter.class, descriptionKey = "audit.since")
        LocalDate since;

        @Option(names = "--limit", descriptionKey = "audit.limit")
        int limit = 100;

        @Mixin
        FormatOptions format;

        @Uses
        AuditService audit;

        ListEvents(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            List<AuditEvent> events = audit.list(campaignId(), subject,
                    since == null ? null : since.atStartOfDay().atOffset(ZoneOffset.UTC), limit);
            format.print(context, events, List.of("at", "actor", "action", "via", "subject", "records"),
                    e -> Arrays.asList(e.at().withNano(0).toLocalDateTime(), e.actor().kind() + ":" + e.actor().name(),
                            e.action(), e.via(), e.subject(), e.recordIds().toString()));
            return 0;
        }
    }
}
