package org.campaigntracker.cli.testimony;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.cli.output.FormatOptions;
import org.campaigntracker.cli.output.WireEnum;
import org.campaigntracker.cli.privacy.Audited;
import org.campaigntracker.core.common.Labels;
import org.campaigntracker.core.audit.AuditTrail;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.demand.Demand;
import org.campaigntracker.core.demand.Demands;
import org.campaigntracker.core.testimony.Consent;
import org.campaigntracker.core.testimony.ConsentUse;
import org.campaigntracker.core.testimony.NamingRule;
import org.campaigntracker.core.testimony.Testimony;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code tracker testimony show}: the story and every consent; an audited read. */
@Command(name = "show", mixinStandardHelpOptions = true)
final class TestimonyShow extends Action {

    @Mixin
    TestimonyRef testimony;

    @Mixin
    FormatOptions format;

    @Uses
    Demands demands;

    @Uses
    AuditTrail audit;

    TestimonyShow(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        Testimony t = testimony.resolve(this);
        Audited.record(audit, this, "read", "testimony show", "testimony", List.of(t.id()));
        Map<Long, String> codes = demands.demands(campaignId()).stream()
                .collect(Collectors.toMap(Demand::id, Demand::code));
        format.show(context, t, List.of("id", "pseudonym", "collected", "demands", "uses", "story"),
                Arrays.asList(t.id(), t.pseudonym(), t.collectedOn(), t.demandIds().stream().map(codes::get).toList(),
                        String.join(" ", TestimonyCommand.uses(t, today())), t.story()));
        if (!format.json() && !format.csv()) {
            for (Consent c : t.consents().all()) {
                context.out().println(msg("testimony.consent_line", Labels.of(c.use(), context.locale()),
                        Labels.of(c.naming(), context.locale()), c.givenOn(),
                        c.expiresOn() == null ? "-" : c.expiresOn(), c.withdrawnOn() == null ? "-" : c.withdrawnOn()));
            }
            context.out().flush();
        }
        return 0;
    }

    /** Completion candidates of the options that take a use; their text is parsed by {@link #use}. */
    static final class ConsentUses extends WireEnum<ConsentUse> {
        ConsentUses() {
            super(ConsentUse.class);
        }
    }

    static final class Namings extends WireEnum<NamingRule> {
        Namings() {
            super(NamingRule.class);
        }
    }

    static String naming(NamingRule rule) {
        return rule.name().toLowerCase(Locale.ROOT);
    }

    static ConsentUse use(String code) {
        return parse(ConsentUse.class, "use", code);
    }

    static NamingRule namingRule(String code) {
        return code == null ? null : parse(NamingRule.class, "naming", code);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String code) {
        try {
            return Enum.valueOf(type, code.strip().replace('-', '_').toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "unknown_value", code, Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        }
    }
}
