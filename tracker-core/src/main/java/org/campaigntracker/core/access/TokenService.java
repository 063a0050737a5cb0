package org.campaigntracker.core.access;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.campaigntracker.core.common.Check;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.common.Names;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.store.Transactions;

/** Creating, listing, revoking and checking API tokens. */
public final class TokenService implements Tokens {

    private final Transactions transactions;
    private final Clock clock;

    public TokenService(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A partner's token lasts a year unless told otherwise: partners come and go, and a forgotten token should end. */
    public static final Duration PARTNER_DEFAULT_VALIDITY = Duration.ofDays(365);
    /** How long a rotated token keeps working beside its successor unless told otherwise. */
    public static final Duration DEFAULT_GRACE = Duration.ofHours(24);
    /** A token's last use is written at most this often: a hint for who reviews tokens, not a log. */
    public static final Duration USE_RESOLUTION = Duration.ofMinutes(10);

    /** Creates a token of no one in particular (a program's); its value is in the result and nowhere else. */
    public IssuedToken create(long campaignId, Role role, String label, Duration validity) {
        return create(campaignId, role, TokenOwner.NONE, label, validity);
    }

    /**
     * Creates a token that belongs to a member of the coalition (active, not left) or to a partner organisation of
     * the campaign's map; {@code label} describes it further ("laptop") and defaults to the owner's name. A partner
     * token without a validity lasts {@link #PARTNER_DEFAULT_VALIDITY}.
     */
    public IssuedToken create(long campaignId, Role role, TokenOwner owner, String label, Duration validity) {
        String cleanLabel = Names.clean(label);
        Check.of()
                .required("role", role)
                .that(owner != TokenOwner.NONE || cleanLabel != null && !cleanLabel.isBlank(), "label", "required")
                .maxLength("label", cleanLabel, 200)
                .that(validity == null || !validity.isNegative() && !validity.isZero(), "expires", "positive_duration")
                .orThrow();
        TokenFormat.Parts parts = TokenFormat.generate();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Duration lasts = validity == null && role == Role.PARTNER ? PARTNER_DEFAULT_VALIDITY : validity;
        OffsetDateTime expires = lasts == null ? null : now.plus(lasts);
        return transactions.write(campaignId, tx -> {
            TokenRepository repo = new TokenRepository(tx.dsl());
            String name = ownerName(repo, campaignId, owner);
            String stored = cleanLabel == null || cleanLabel.isBlank() ? name : cleanLabel;
            long id = repo.insert(campaignId, role, stored, parts.lookup(), TokenFormat.hash(parts.secret()), now,
                    expires, owner);
            return new IssuedToken(repo.find(id).orElseThrow(), TokenFormat.text(parts));
        });
    }

    /**
     * A new secret for a token without downtime: the successor has the same campaign, role, owner, label and
     * lifetime; the old one keeps working for {@code grace} (or until its own end, if sooner), so programs can switch.
     */
    public IssuedToken rotate(long tokenId, Duration grace) {
        Duration keep = grace == null ? DEFAULT_GRACE : grace;
        Check.of().that(!keep.isNegative(), "grace", "not_negative").orThrow();
        OffsetDateTime now = OffsetDateTime.now(clock);
        TokenFormat.Parts parts = TokenFormat.generate();
        IssuedToken issued = transactions.transaction(tx -> {
            TokenRepository repo = new TokenRepository(tx.dsl());
            ApiToken old = repo.find(tokenId).filter(t -> t.activeAt(now))
                    .orElseThrow(() -> new NotFoundException("token", tokenId));
            OffsetDateTime expires = old.expiresAt() == null ? null
                    : now.plus(Duration.between(old.createdAt(), old.expiresAt()));
            long id = repo.insert(old.campaignId(), old.role(), old.label(), parts.lookup(),
                    TokenFormat.hash(parts.secret()), now, expires, new TokenOwner(old.memberId(), old.organisationId()));
            if (keep.isZero()) {
                repo.revoke(tokenId, now);
            } else {
                repo.expire(tokenId, now.plus(keep));
            }
            return new IssuedToken(repo.find(id).orElseThrow(), TokenFormat.text(parts));
        });
        transactions.watch().tokensChanged();
        return issued;
    }

    /** Notes that a server accepted the token now; written at most every ten minutes per token. */
    public void used(long tokenId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        transactions.statement(tx -> {
            new TokenRepository(tx.dsl()).used(tokenId, now, USE_RESOLUTION);
            return null;
        });
    }

    private static String ownerName(TokenRepository repo, long campaignId, TokenOwner owner) {
        if (owner.memberId() != null) {
            return repo.activeMember(campaignId, owner.memberId())
                    .orElseThrow(() -> InvalidInputException.of("member", "active_member"));
        }
        if (owner.organisationId() != null) {
            return repo.organisation(campaignId, owner.organisationId())
                    .orElseThrow(() -> InvalidInputException.of("organisation", "organisation"));
        }
        return null;
    }

    /** Tokens of one campaign, or of all when campaignId is null. */
    @Override
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
