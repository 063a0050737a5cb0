package org.campaigntracker.cli.remote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.GlobalOptions;
import org.campaigntracker.core.campaign.Campaign;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.common.Labels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tracker login <url>}: checks a personal token against the server, then keeps both in {@code $TRACKER_HOME}
 * (owner-only) so the campaign commands that follow go through the API. The token comes from {@code --token}, one
 * line of stdin with {@code --token-stdin} (scripts), or a prompt that does not echo it; nothing is saved when the
 * server refuses it.
 */
@Command(name = "login", mixinStandardHelpOptions = true)
public final class LoginCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    GlobalOptions global;

    @Parameters(index = "0", paramLabel = "<url>", descriptionKey = "login.url")
    String url;

    @Option(names = "--token", paramLabel = "<token>", descriptionKey = "login.token")
    String token;

    @Option(names = "--token-stdin", descriptionKey = "login.token_stdin")
    boolean tokenStdin;

    public LoginCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        URI address = RemoteSettings.checkedUrl(url);
        if (token != null && tokenStdin) {
            throw InvalidInputException.of("token", "not_with", "--token-stdin");
        }
        if (address.getScheme().equals("http") && !loopback(address.getHost())) {
            context.err().println("tracker: " + context.messages().get("login.cleartext", address));
            context.err().flush();
        }
        RemoteSettings settings = new RemoteSettings(address, token().orElseThrow(
                () -> InvalidInputException.of("token", "required")));
        // The server says whether the token is good (401 otherwise) and which campaign and role it holds.
        RemoteSession session = new RemoteSession(settings, context.locale());
        Campaign campaign = session.campaigns().get(0);
        String role = Labels.of(session.role(), context.locale());
        settings.save(context.databaseConfig().home());
        context.out().println(context.messages().get("login.done", address, role, campaign.name()));
        if (context.env().get("TRACKER_URL") != null) {
            context.out().println(context.messages().get("login.env_wins"));
        }
        context.out().flush();
        return 0;
    }

    private Optional<String> token() {
        if (token != null) {
            return Optional.of(token);
        }
        if (tokenStdin) {
            try {
                return Optional.ofNullable(new BufferedReader(new InputStreamReader(System.in,
                        StandardCharsets.UTF_8)).readLine()).filter(t -> !t.isBlank());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String question = context.messages().get("login.prompt");
        if (context.interactive() && System.console() != null) {
            context.out().flush();
            char[] typed = System.console().readPassword("%s ", question);
            return Optional.ofNullable(typed).map(String::new).filter(t -> !t.isBlank());
        }
        // Answers from a reader (tests, the resident's console) are not a terminal's: no echo to hide.
        return context.prompter().map(p -> p.require(question));
    }

    private static boolean loopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1");
    }
}
