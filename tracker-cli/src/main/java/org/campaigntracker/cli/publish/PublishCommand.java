package org.campaigntracker.cli.publish;

import java.util.List;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.core.publish.PublicKind;
import org.campaigntracker.core.publish.PublishService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code tracker publish mark|unmark|preview|static}. Nothing is public until marked, and nothing is served until
 * {@code tracker campaign publish}: preview shows exactly what the page would hold before it does.
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
        subcommands = {PublishCommand.Mark.class, PublishCommand.Unmark.class, PublishPreview.class})
public final class PublishCommand {

    /** Marks rows public, or private again. */
    abstract static class Marking extends Action {
        @Parameters(index = "0", paramLabel = "<kind>", descriptionKey = "publish.kind")
        String kind;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "<id>", descriptionKey = "publish.ids")
        List<Long> ids;

        @Uses
        PublishService publish;

        Marking(CliContext context) {
            super(context);
        }

        int mark(boolean value) {
            PublicKind k = PublicKind.parse(kind);
            for (long id : ids) {
                publish.mark(campaignId(), k, id, value);
                say(value ? "publish.marked" : "publish.unmarked", msg("publish.kind." + k.name()), id);
            }
            return 0;
        }
    }

    @Command(name = "mark", mixinStandardHelpOptions = true)
    static final class Mark extends Marking {
        Mark(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            return mark(true);
        }
    }

    @Command(name = "unmark", mixinStandardHelpOptions = true)
    static final class Unmark extends Marking {
        Unmark(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            return mark(false);
        }
    }
}
