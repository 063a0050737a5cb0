package org.campaigntracker.cli.testimony;

import java.time.LocalDate;
import java.util.List;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.GlobalOptions;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.cli.output.DateConverter;
import org.campaigntracker.cli.privacy.Audited;
import org.campaigntracker.core.common.Labels;
import org.campaigntracker.core.audit.AuditTrail;
import org.campaigntracker.core.testimony.ConsentDraft;
import org.campaigntracker.core.testimony.ConsentUse;
import org.campaigntracker.core.testimony.Testimony;
import org.campaigntracker.core.testimony.Testimonies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tracker testimony consent give|withdraw}: a withdrawal removes the testimony from every output at once. */
@Command(name = "consent", mixinStandardHelpOptions = true,
        subcommands = {TestimonyConsent.Give.class, TestimonyConsent.Withdraw.class})
final class TestimonyConsent {

    @Mixin
    GlobalOptions global;

    @Command(name = "give", mixinStandardHelpOptions = true)
    static final class Give extends Action {
        @Mixin
        TestimonyRef testimony;

        @Option(names = "--use", required = true, completionCandidates = TestimonyShow.ConsentUses.class,
                descriptionKey = "testimony.use")
        String use;

        @Option(names = "--naming", completionCandidates = TestimonyShow.Namings.class,
                descriptionKey = "testimony.naming")
        String naming;

        @Option(names = "--on", converter = DateConverter.class, descriptionKey = "testimony.given_on")
        LocalDate on;

        @Option(names = "--expires", converter = DateConverter.class, descriptionKey = "testimony.expires")
        LocalDate expires;

        @Option(names = "--recorded-by", descriptionKey = "testimony.recorded_by")
        String recordedBy;

        @Uses
        Testimonies testimonies;

        @Uses
        AuditTrail audit;

        Give(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            long id = testimony.resolve(this).id();
            ConsentUse u = TestimonyShow.use(use);
            Testimony t = testimonies.giveConsent(campaignId(), id, new ConsentDraft(u,
                    TestimonyShow.namingRule(naming), on == null ? today() : on, expires, recordedBy));
            Audited.record(audit, this, "update", "testimony consent give", "testimony_consent", List.of(t.id()));
            say("testimony.consent_given", t.pseudonym(), Labels.of(u, context.locale()));
            return 0;
        }
    }

    @Command(name = "withdraw", mixinStandardHelpOptions = true)
    static final class Withdraw extends Action {
        @Mixin
        TestimonyRef testimony;

        @Option(names = "--use", required = true, completionCandidates = TestimonyShow.ConsentUses.class,
                descriptionKey = "testimony.use")
        String use;

        @Option(names = "--on", converter = DateConverter.class, descriptionKey = "testimony.withdrawn_on")
        LocalDate on;

        @Uses
        Testimonies testimonies;

        @Uses
        AuditTrail audit;

        Withdraw(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            long id = testimony.resolve(this).id();
            ConsentUse u = TestimonyShow.use(use);
            Testimony t = testimonies.withdrawConsent(campaignId(), id, u, on == null ? today() : on);
            Audited.record(audit, this, "update", "testimony consent withdraw", "testimony_consent", List.of(t.id()));
            say("testimony.consent_withdrawn", t.pseudonym(), Labels.of(u, context.locale()));
            return 0;
        }
    }
}
