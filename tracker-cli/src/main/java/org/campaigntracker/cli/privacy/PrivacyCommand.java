package org.campaigntracker.cli.privacy;

import java.util.List;
import java.util.Map;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.GlobalOptions;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.cli.output.Json;
import org.campaigntracker.core.audit.AuditService;
import org.campaigntracker.core.privacy.ErasureReport;
import org.campaigntracker.core.privacy.Person;
import org.campaigntracker.core.privacy.PrivacyService;
import org.campaigntracker.core.privacy.RetentionRules;
import org.campaigntracker.core.privacy.SweepReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tracker privacy export|forget|sweep|rotate-key}: the rights of the people the campaign holds data about. */
@Command(name = "privacy", mixinStandardHelpOptions = true,
        subcommands = {PrivacyCommand.Export.class, PrivacyCommand.Forget.class, PrivacyCommand.Sweep.class,
                RotateKeyCommand.class})
public final class PrivacyCommand {

    @Mixin
    GlobalOptions global;

    /** A person on the map by name, or with --testimony a witness by pseudonym or id. */
    static final class Who {
        @Parameters(index = "0", paramLabel = "<person>", descriptionKey = "privacy.person")
        String reference;

        @Option(names = "--testimony", descriptionKey = "privacy.testimony")
        boolean testimony;

        @Uses
        PrivacyService privacy;

        Person resolve(Action a) {
            return privacy.person(a.campaignId(),
                    testimony ? Person.Kind.TESTIMONY : Person.Kind.STAKEHOLDER, reference);
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true)
    static final class Export extends Action {
        @Mixin
        Who who;

        @Uses
        PrivacyService privacy;

        @Uses
        AuditService audit;

        Export(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Person person = who.resolve(this);
            Map<String, Object> data = privacy.export(campaignId(), person);
            Audited.record(audit, this, "export", "privacy export", person.kind().code(), List.of(person.id()));
            Json.print(context.out(), data);
            return 0;
        }
    }

    @Command(name = "forget", mixinStandardHelpOptions = true)
    static final class Forget extends Action {
        @Mixin
        Who who;

        @Uses
        PrivacyService privacy;

        @Uses
        AuditService audit;

        Forget(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Person person = who.resolve(this);
            if (!context.confirmed(msg("privacy.forget_confirm", person.label()))) {
                say("privacy.nothing_done");
                return 0;
            }
            ErasureReport report = privacy.forget(campaignId(), person);
            Audited.record(audit, this, "erase", "privacy forget", person.kind().code(), List.of(person.id()));
            say("privacy.forgotten", person.kind().code(), person.id(), report.contactPoints(),
                    report.redactedTexts());
            return 0;
        }
    }

    @Command(name = "sweep", mixinStandardHelpOptions = true)
    static final class Sweep extends Action {
        @Option(names = "--dry-run", descriptionKey = "privacy.dry_run")
        boolean dryRun;

        @Option(names = "--identity-days", descriptionKey = "privacy.identity_days")
        int identityDays = RetentionRules.DEFAULT.identityDays();

        @Option(names = "--audit-days", descriptionKey = "privacy.audit_days")
        int auditDays = RetentionRules.DEFAULT.auditDays();

        @Uses
        PrivacyService privacy;

        @Uses
        AuditService audit;

        Sweep(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            SweepReport r = privacy.sweep(new RetentionRules(identityDays, auditDays), dryRun);
            if (!dryRun) {
                Audited.record(audit, this, "erase", "privacy sweep", "testimony", r.testimonyIds());
            }
            say(dryRun ? "privacy.sweep_dry" : "privacy.swept", r.testimonyIds().size(), r.auditEvents(),
                    r.testimonyIds().isEmpty() ? "-" : r.testimonyIds().toString());
            return 0;
        }
    }
}
