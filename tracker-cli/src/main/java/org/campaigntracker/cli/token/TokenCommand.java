package org.campaigntracker.cli.token;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.GlobalOptions;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.cli.output.FormatOptions;
import org.campaigntracker.cli.output.WireEnum;
import org.campaigntracker.core.access.ApiToken;
import org.campaigntracker.core.access.IssuedToken;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.core.access.TokenOwner;
import org.campaigntracker.core.access.TokenService;
import org.campaigntracker.core.access.Tokens;
import org.campaigntracker.core.common.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tracker token create|list|revoke}. The campaign is --campaign or the current one. */
@Command(name = "token", mixinStandardHelpOptions = true,
        subcommands = {TokenCommand.Create.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class,
                TokenCommand.Rotate.class})
public final class TokenCommand {

    @Mixin
    GlobalOptions global;

    /** Completion candidates of --role, whose text {@link Role#parse} reads. */
    static final class Roles extends WireEnum<Role> {
        Roles() {
            super(Role.class);
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true)
    static final class Create extends Action {
        @Option(names = "--role", required = true, completionCandidates = Roles.class, descriptionKey = "token.role")
        String role;

        @Option(names = "--member", paramLabel = "<member>", descriptionKey = "token.member")
        String member;

        @Option(names = {"--organisation", "--org"}, paramLabel = "<organisation>", descriptionKey = "token.organisation")
        String organisation;

        @Option(names = "--label", descriptionKey = "token.label")
        String label;

        @Option(names = {"--expires", "--expires-in"}, converter = DurationConverter.class, descriptionKey = "token.expires")
        Duration expires;

        @Uses
        TokenService tokens;

        Create(CliContext context) {
            super(context);
        }

        /** The token is the last line of stdout, alone, so scripts can take it with tail -1. */
        @Override
        public Integer call() {
            if (member != null && organisation != null) {
                throw InvalidInputException.of("member", "different", "organisation");
            }
            TokenOwner owner = member != null ? TokenOwner.member(find().member(member).id())
                    : organisation != null ? TokenOwner.organisation(find().organisation(organisation).id())
                    : TokenOwner.NONE;
            IssuedToken issued = tokens.create(campaignId(), Role.parse(role), owner, label, expires);
            ApiToken t = issued.token();
            context.out().println(context.messages().get("token.created", t.id(), t.role().wire(), t.campaignSlug(),
                    t.expiresAt() == null ? "-" : t.expiresAt().toLocalDate()));
            context.out().println(issued.value());
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListTokens implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        GlobalOptions global;

        @Mixin
        FormatOptions format;

        @Uses
        Tokens tokens;

        ListTokens(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            List<ApiToken> all = tokens.list(context.campaign().id());
            format.print(context, all, List.of("id", "role", "owner", "label", "created", "last_used", "expires",
                            "revoked"),
                    t -> Arrays.asList(t.id(), t.role(), t.owner(), t.label(), t.createdAt().toLocalDate(),
                            t.lastUsedAt() == null ? "" : t.lastUsedAt().toLocalDate(),
                            t.expiresAt() == null ? "" : t.expiresAt().toLocalDate(),
                            t.revokedAt() == null ? "" : t.revokedAt().toLocalDate()));
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true)
    static final class Revoke implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        GlobalOptions global;

        @Parameters(index = "0", paramLabel = "<id>", descriptionKey = "token.id")
        long id;

        @Uses
        TokenService tokens;

        Revoke(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            long campaignId = context.campaign().id();
            // A token of another campaign is "not found" here too: revoking is scoped like everything else.
            boolean ours = tokens.list(campaignId).stream().anyMatch(t -> t.id() == id);
            if (!ours) {
                throw new org.campaigntracker.core.common.NotFoundException("token", id);
            }
            ApiToken t = tokens.revoke(id);
            context.out().println(context.messages().get("token.revoked", t.id(), t.label()));
            return 0;
        }
    }

    @Command(name = "rotate", mixinStandardHelpOptions = true)
    static final class Rotate extends Action {
        @Parameters(index = "0", paramLabel = "<id>", descriptionKey = "token.id")
        long id;

        @Option(names = "--grace", converter = DurationConverter.class, descriptionKey = "token.grace")
        Duration grace;

        @Uses
        TokenService tokens;

        Rotate(CliContext context) {
            super(context);
        }

        /** Like create: the new token alone on the last line. */
        @Override
        public Integer call() {
            if (tokens.list(campaignId()).stream().noneMatch(t -> t.id() == id)) {
                throw new org.campaigntracker.core.common.NotFoundException("token", id);
            }
            IssuedToken issued = tokens.rotate(id, grace);
            Duration kept = grace == null ? TokenService.DEFAULT_GRACE : grace;
            say("token.rotated", id, issued.token().id(), kept.toHours());
            context.out().println(issued.value());
            return 0;
        }
    }
}
