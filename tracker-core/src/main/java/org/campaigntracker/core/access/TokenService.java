package org.campaigntracker.core.access;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.campaigntracker.core.common.Check;
import org.campaigntracker.core.common.Names;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.store.Transactions;

/** Creating, listing, revoking and checking API tokens. */
public final class TokenService {

    private final Transactions transactions;
    private final Clock clock;

    public TokenService(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Creates a token; its value is in the result and nowhere else. */
    public IssuedToken create(long campaignId, Role role, String label, Duration validity) {
        String cleanLabel = Names.clean(label);
        Check.of()
                .required("role", role)
                .notBlank("label", cleanLabel)
                .maxLength("label", cleanLabel, 200)
                .that(validity == null || !validity.isNegative() && !validity.isZero(), "expires", "positive_duration")
                .orThrow();
        TokenFormat.Parts parts = TokenFormat.generate();
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime expires = validity == null ? null : now.plus(validity);
        return transactions.write(campaignId, tx -> {
            TokenRepository repo = new TokenRepository(tx.dsl());
            long id = repo.insert(campaignId, role, cleanLabel, parts.lookup(), TokenFormat.hash(parts.secret()), now, expires);
            return new IssuedToken(repo.find(id).orElseThrow(), TokenFormat.text(parts));
        });
    }

    /** Tokens of one campaign, or of all when campaignId is null. */
    public List<ApiToken> list(Long campaignId) {
        return transactions.read(tx -> new TokenRepository(tx.dsl()).list(campaignId));
    }

    public ApiToken revoke(long tokenId) {
        ApiToken revoked = transactions.transaction(tx -> {
            TokenRepository repo = new TokenRepository(tx.dsl());
            repo.find(tokenId).orElseThrow(() -> new NotFoundException("token", tokenId));
            repo.revoke(tokenId, OffsetDateTime.now(clock));
            return repo.find(tokenId).orElseThrow();
        });
        // Committed: this process's caches of checked tokens drop it now, not when PostgreSQL's notification is heard.
        transactions.watch().tokensChanged();
        return revoked;
    }

    /** The caller a presented token stands for; empty when it is malformed, unknown, expired or revoked. */
    public Optional<Caller> authenticate(String presented) {
        return verify(presented).map(ApiToken::caller);
    }

    /**
     * Verifies a freshly generated token that was never issued, for nothing but loading the verification path (a
     * server's first request then does not pay for it). Reads one absent row, writes nothing.
     */
    public void warmUp() {
        verify(TokenFormat.text(TokenFormat.generate()));
    }

    /**
     * The active token a presented text stands for (its secret checked in constant time); empty when it is malformed,
     * unknown, expired or revoked. Who keeps the answer must also respect its {@link ApiToken#expiresAt()}.
     */
    public Optional<ApiToken> verify(String presented) {
        Optional<TokenFormat.Parts> parts = TokenFormat.parse(presented);
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        return transactions.read(tx -> new TokenRepository(tx.dsl()).byLookup(parts.get().lookup())
                .filter(stored -> TokenFormat.matches(parts.get().secret(), stored.secretHash()))
                .map(TokenRepository.StoredToken::token)
                .filter(token -> token.activeAt(now)));
    }
}
