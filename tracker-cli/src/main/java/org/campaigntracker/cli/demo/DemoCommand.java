package org.campaigntracker.cli.demo;

import java.io.PrintWriter;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.GlobalOptions;
import org.campaigntracker.cli.serve.ServeCommand;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.access.ApiToken;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.core.access.TokenOwner;
import org.campaigntracker.core.campaign.Campaign;
import org.campaigntracker.core.demo.DemoLoader;
import org.campaigntracker.core.seal.DataKeys;
import org.campaigntracker.db.ConnectionSettings;
import org.campaigntracker.db.DatabaseConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code tracker demo}: the reference campaign loaded once, fresh demo tokens, then the API. A composition root of its
 * own, like {@code serve}: it builds the Tracker the demo loader needs, then the server builds its own.
 */
@Command(name = "demo", mixinStandardHelpOptions = true)
public final class DemoCommand implements Callable<Integer> {

    /** Demo tokens are recognised by this label prefix, so a new run can revoke the previous ones. */
    static final String TOKEN_LABEL = "demo ";

    private final CliContext context;

    @Mixin
    GlobalOptions global;

    @Mixin
    ServeCommand.ServerOptions server;

    @Option(names = "--no-serve", descriptionKey = "demo.no_serve")
    boolean noServe;

    public DemoCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        DatabaseConfig config = context.databaseConfig();
        DemoLoader.Result result;
        Map<Role, String> tokens;
        try (Tracker tracker = Tracker.connect(ConnectionSettings.resolve(config), DataKeys.resolve(context.env(),
                config))) {
            result = DemoLoader.load(tracker);
            tokens = reissueTokens(tracker, result.campaigns().get(0));
        }
        PrintWriter out = context.out();
        for (Campaign c : result.campaigns()) {
            out.println(context.messages().get(result.created().contains(c.slug()) ? "demo.loaded" : "demo.already",
                    c.slug() + " — " + c.name()));
        }
        Campaign caf = result.campaigns().get(0);
        context.saveCampaign(caf.slug());
        if (noServe) {
            printTokens(out, tokens, caf);
            return 0;
        }
        ServeCommand.serve(context, server, uri -> announce(out, uri, caf, tokens));
        return 0;
    }

    /** New demo tokens each run; the previous ones are revoked so old copies stop working. */
    static Map<Role, String> reissueTokens(Tracker tracker, Campaign campaign) {
        for (ApiToken t : tracker.tokens().list(campaign.id())) {
            if (t.label().startsWith(TOKEN_LABEL) && t.revokedAt() == null) {
                tracker.tokens().revoke(t.id());
            }
        }
        // Each belongs to someone, as real tokens do: the audit trail then names Secours catholique, the adviser or Valérie.
        long c = campaign.id();
        Map<Role, String> tokens = new LinkedHashMap<>();
        tokens.put(Role.PARTNER, tracker.tokens().create(c, Role.PARTNER,
                TokenOwner.organisation(tracker.stakeholders().find(c, "Secours catholique").id()),
                TOKEN_LABEL + "partner (Secours catholique)", null).value());
        tokens.put(Role.ADVISER, tracker.tokens().create(c, Role.ADVISER,
                TokenOwner.member(tracker.members().find(c, "VoxPublic").id()), TOKEN_LABEL + "adviser (VoxPublic)",
                null).value());
        tokens.put(Role.COORDINATOR, tracker.tokens().create(c, Role.COORDINATOR,
                TokenOwner.member(tracker.members().find(c, "Valérie").id()),
                TOKEN_LABEL + "coordinator (Changer de Cap)", null).value());
        return tokens;
    }

    private void printTokens(PrintWriter out, Map<Role, String> tokens, Campaign campaign) {
        out.println(context.messages().get("demo.tokens", campaign.slug()));
        tokens.forEach((role, value) -> out.printf("  %-12s %s%n", role.wire(), value));
    }

    private void announce(PrintWriter out, URI base, Campaign campaign, Map<Role, String> tokens) {
        printTokens(out, tokens, campaign);
        out.println(context.messages().get("demo.try"));
        out.println("  curl " + base + "health");
        out.println("  curl -H 'Authorization: Bearer " + tokens.get(Role.PARTNER) + "' " + base + "api/v1/campaigns/"
                + campaign.slug() + "/progress");
        out.println("  open " + base + "api/v1/docs");
        out.println(context.messages().get("demo.pages"));
        String pages = base + "campaigns/" + campaign.slug() + "/";
        for (String page : new String[] {"", "home", "map", "ledger", "coverage"}) {
            out.println("  " + pages + page + "#token=" + tokens.get(Role.ADVISER));
        }
        for (String page : new String[] {"log", "publish"}) {
            out.println("  " + pages + page + "#token=" + tokens.get(Role.COORDINATOR));
        }
        out.println("  ./tracker campaign list");
        out.println("  ./tracker status");
        out.println("  ./tracker brief grivel");
    }
}
