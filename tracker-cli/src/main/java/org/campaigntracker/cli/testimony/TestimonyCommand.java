package org.campaigntracker.cli.testimony;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.GlobalOptions;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.cli.output.DateConverter;
import org.campaigntracker.cli.output.FormatOptions;
import org.campaigntracker.cli.privacy.Audited;
import org.campaigntracker.core.audit.AuditTrail;
import org.campaigntracker.core.demand.Demand;
import org.campaigntracker.core.testimony.ConsentUse;
import org.campaigntracker.core.testimony.Testimony;
import org.campaigntracker.core.testimony.TestimonyDraft;
import org.campaigntracker.core.testimony.Testimonies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tracker testimony add|list|show|edit|consent|identity}. A testimony is named by pseudonym or id. */
@Command(name = "testimony", mixinStandardHelpOptions = true,
        subcommands = {TestimonyCommand.Add.class, TestimonyCommand.ListTestimonies.class, TestimonyShow.class,
                TestimonyCommand.Edit.class, TestimonyConsent.class, TestimonyIdentityCommand.class})
public final class TestimonyCommand {

    @Mixin
    GlobalOptions global;

    /** Options shared by add and edit; on edit, an absent option keeps the stored value. */
    static final class Fields {
        @Option(names = "--story", descriptionKey = "testimony.story")
        String story;

        @Option(names = "--on", converter = DateConverter.class, descriptionKey = "testimony.on")
        LocalDate on;

        @Option(names = "--collected-by", paramLabel = "<member>", descriptionKey = "testimony.collected_by")
        String collectedBy;

        @Option(names = "--demand", arity = "1..*", descriptionKey = "testimony.demands")
        List<String> demands;

        @Option(names = "--theme", arity = "1..*", descriptionKey = "testimony.themes")
        List<String> themes;
    }

    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add extends Action {
        @Parameters(index = "0", paramLabel = "<pseudonym>", descriptionKey = "testimony.pseudonym")
        String pseudonym;

        @Mixin
        Fields fields;

        @Uses
        Testimonies testimonies;

        @Uses
        AuditTrail audit;

        Add(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Testimony t = testimonies.add(campaignId(), draft(this, fields, pseudonym, null));
            Audited.record(audit, this, "create", "testimony add", "testimony", List.of(t.id()));
            say("testimony.added", t.id(), t.pseudonym());
            return 0;
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true)
    static final class Edit extends Action {
        @Mixin
        TestimonyRef testimony;

        @Option(names = "--pseudonym", descriptionKey = "testimony.pseudonym")
        String pseudonym;

        @Mixin
        Fields fields;

        @Uses
        Testimonies testimonies;

        @Uses
        AuditTrail audit;

        Edit(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Testimony current = testimony.resolve(this);
            Testimony t = testimonies.update(campaignId(), current.id(), current.version(),
                    draft(this, fields, pseudonym, current));
            Audited.record(audit, this, "update", "testimony edit", "testimony", List.of(t.id()));
            say("testimony.updated", t.id(), t.pseudonym(), t.version());
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListTestimonies extends Action {
        @Option(names = "--usable-for", paramLabel = "<use>", completionCandidates = TestimonyShow.ConsentUses.class,
                descriptionKey = "testimony.usable_for")
        String use;

        @Mixin
        FormatOptions format;

        @Uses
        Testimonies testimonies;

        ListTestimonies(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            List<Testimony> all = use == null ? testimonies.list(campaignId())
                    : testimonies.usableFor(campaignId(), TestimonyShow.use(use), today());
            // The list shows no story: reading stories is "testimony show", which is audited.
            format.print(context, all.stream().map(t -> new Row(t.id(), t.pseudonym(), t.collectedOn(),
                            uses(t, today()))).toList(), List.of("id", "pseudonym", "collected", "uses"),
                    r -> Arrays.asList(r.id(), r.pseudonym(), r.collected(), String.join(" ", r.uses())));
            return 0;
        }
    }

    /** A testimony as the list shows it: no story, no identity. */
    record Row(long id, String pseudonym, LocalDate collected, List<String> uses) {
    }

    /** The uses its consents allow on that day. */
    static List<String> uses(Testimony t, LocalDate on) {
        return Arrays.stream(ConsentUse.values()).filter(u -> t.allows(u, on)).map(ConsentUse::code).toList();
    }

    static TestimonyDraft draft(Action a, Fields f, String pseudonym, Testimony current) {
        TestimonyDraft base = current == null ? null : current.toDraft();
        Long collectedBy = f.collectedBy != null ? Long.valueOf(a.find().member(f.collectedBy).id())
                : base == null ? null : base.collectedById();
        List<Long> demands = f.demands != null ? a.find().demands(f.demands).stream().map(Demand::id).toList()
                : base == null ? List.of() : base.demandIds();
        List<Long> themes = f.themes != null ? new ArrayList<>(f.themes.stream().map(t -> a.find().theme(t).id())
                .toList()) : base == null ? List.of() : base.themeIds();
        return new TestimonyDraft(pseudonym != null ? pseudonym : base == null ? null : base.pseudonym(),
                f.story != null ? f.story : base == null ? null : base.story(),
                f.on != null ? f.on : base == null ? LocalDate.now() : base.collectedOn(), collectedBy, demands,
                themes);
    }
}
