package org.campaigntracker.cli.testimony;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.GlobalOptions;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.cli.output.FormatOptions;
import org.campaigntracker.cli.privacy.Audited;
import org.campaigntracker.core.audit.AuditTrail;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.testimony.Testimony;
import org.campaigntracker.core.testimony.TestimonyIdentity;
import org.campaigntracker.core.testimony.Testimonies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tracker testimony identity set|show}: who the witness is, kept apart, sealed, and audited when read. */
@Command(name = "identity", mixinStandardHelpOptions = true,
        subcommands = {TestimonyIdentityCommand.Set.class, TestimonyIdentityCommand.Show.class})
final class TestimonyIdentityCommand {

    @Mixin
    GlobalOptions global;

    @Command(name = "set", mixinStandardHelpOptions = true)
    static final class Set extends Action {
        @Mixin
        TestimonyRef testimony;

        @Option(names = "--name", descriptionKey = "testimony.full_name")
        String name;

        @Option(names = "--contact", descriptionKey = "testimony.contact")
        String contact;

        @Option(names = "--notes", descriptionKey = "testimony.identity_notes")
        String notes;

        @Uses
        Testimonies testimonies;

        @Uses
        AuditTrail audit;

        Set(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Testimony t = testimony.resolve(this);
            testimonies.setIdentity(campaignId(), t.id(), new TestimonyIdentity(name, contact, notes));
            Audited.record(audit, this, "update", "testimony identity set", "testimony_identity", List.of(t.id()));
            say("testimony.identity_set", t.pseudonym());
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true)
    static final class Show extends Action {
        @Mixin
        TestimonyRef testimony;

        @Mixin
        FormatOptions format;

        @Uses
        Testimonies testimonies;

        @Uses
        AuditTrail audit;

        Show(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Testimony t = testimony.resolve(this);
            TestimonyIdentity identity = testimonies.identity(campaignId(), t.id())
                    .orElseThrow(() -> new NotFoundException("testimony_identity", t.pseudonym()));
            Audited.record(audit, this, "read", "testimony identity show", "testimony_identity", List.of(t.id()));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("testimony", t.id());
            json.put("fullName", identity.fullName());
            json.put("contact", identity.contact());
            json.put("notes", identity.notes());
            format.show(context, json, List.of("pseudonym", "full_name", "contact", "notes"),
                    Arrays.asList(t.pseudonym(), identity.fullName(), identity.contact(), identity.notes()));
            return 0;
        }
    }
}
