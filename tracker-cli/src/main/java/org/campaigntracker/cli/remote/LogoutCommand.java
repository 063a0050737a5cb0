package org.campaigntracker.cli.remote;

import java.util.concurrent.Callable;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.GlobalOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code tracker logout}: forgets the server and token {@code tracker login} saved; the next commands work on the local
 * database again, unless {@code TRACKER_URL} and {@code TRACKER_TOKEN} are set, which it says.
 */
@Command(name = "logout", mixinStandardHelpOptions = true)
public final class LogoutCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    GlobalOptions global;

    public LogoutCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        boolean forgot = RemoteSettings.forget(context.databaseConfig().home());
        context.out().println(context.messages().get(forgot ? "logout.done" : "logout.none"));
        if (context.env().get("TRACKER_URL") != null) {
            context.out().println(context.messages().get("logout.env_still"));
        }
        context.out().flush();
        return 0;
    }
}
