package org.campaigntracker.cli.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.campaigntracker.api.publish.PublicFiles;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.core.publish.PublicKind;
import org.campaigntracker.core.publish.PublishService;
import org.campaigntracker.core.publish.Publications;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tracker publish mark|unmark|preview}, {@code tracker publish --static <folder>}. Nothing is public until marked, and nothing is served until
 * {@code tracker campaign publish}: preview shows exactly what the page would hold before it does.
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
        subcommands = {PublishCommand.Mark.class, PublishCommand.Unmark.class, PublishPreview.class})
public final class PublishCommand extends Action {

    @Option(names = "--static", paramLabel = "<folder>", descriptionKey = "publish.static")
    Path out;

    // A supplier: wired for mark and unmark too, which need only Publications (and run in remote mode).
    @Uses
    Supplier<PublishService> publisher;

    @Spec
    CommandSpec spec;

    PublishCommand(CliContext context) {
        super(context);
    }

    /**
     * {@code --static <folder>}: the files of {@link PublicFiles}, the bytes the server answers, under the folder;
     * without it, the usage. A campaign not published is a conflict: the export is the public page, not a preview.
     */
    @Override
    public Integer call() throws IOException {
        if (out == null) {
            spec.commandLine().usage(context.out());
            return 0;
        }
        Map<String, byte[]> files = PublicFiles.of(publisher.get().publishedView(campaignId()));
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path target = out.resolve(f.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, f.getValue());
        }
        say("publish.written", files.size(), out);
        return 0;
    }

    /** Marks rows public, or private again. */
    abstract static class Marking extends Action {
        @Parameters(index = "0", paramLabel = "<kind>", descriptionKey = "publish.kind")
        String kind;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "<id>", descriptionKey = "publish.ids")
        List<Long> ids;

        @Uses
        Publications publish;

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
