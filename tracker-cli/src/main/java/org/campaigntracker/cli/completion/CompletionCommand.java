package org.campaigntracker.cli.completion;

import java.util.concurrent.Callable;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.GlobalOptions;
import org.campaigntracker.cli.output.WireEnum;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tracker completion bash|zsh}: prints the completion script. picocli's script serves both shells (under
 * zsh it loads bashcompinit itself), so the two differ only in how the user installs them (see the help).
 */
@Command(name = "completion", mixinStandardHelpOptions = true)
public final class CompletionCommand implements Callable<Integer> {

    enum Shell { bash, zsh }

    static final class Shells extends WireEnum<Shell> {
        Shells() {
            super(Shell.class);
        }
    }

    private final CliContext context;

    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<bash|zsh>", converter = Shells.class, completionCandidates = Shells.class,
            descriptionKey = "completion.shell")
    Shell shell;

    CompletionCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        CommandLine root = spec.root().commandLine();
        context.out().print(AutoComplete.bash("tracker", root));
        context.out().flush();
        return 0;
    }
}
