package org.campaigntracker.core.interaction;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campaigntracker.core.common.Check;
import org.campaigntracker.core.common.ForbiddenException;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.common.Labels;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.store.CampaignCache;
import org.campaigntracker.core.store.Change;
import org.campaigntracker.core.store.Transactions;

/** Use cases on the contact log of one campaign; each public method is one transaction. */
public final class InteractionService implements Interactions {

    private final Transactions transactions;
    // Partners poll the same interactions again and again; a server keeps them while the campaign is unchanged.
    private final CampaignCache<Long, Interaction> byId;

    public InteractionService(Transactions transactions) {
        this.transactions = transactions;
        this.byId = new CampaignCache<>(transactions, 10_000);
    }

    /** As {@link #log(long, InteractionDraft, LoggedBy)} by nobody known. */
    public Interaction log(long campaignId, InteractionDraft draft) {
        return log(campaignId, draft, LoggedBy.UNKNOWN);
    }

    /**
     * One statement, so one round trip; the checks that name every wrong field run only when it is refused. An
     * organisation that is not one of the campaign's organisations is refused by the same checks.
     */
    @Override
    public Interaction log(long campaignId, InteractionDraft draft, LoggedBy by) {
        return transactions.statement(tx -> {
            InteractionRepository repo = new InteractionRepository(tx.dsl());
            try {
                if (!repo.isOrganisation(campaignId, draft.organisationId())) {
                    throw InvalidInputException.of("organisation", "not_an_organisation");
                }
                Interaction logged = repo.insert(campaignId, draft, by, tx::statementTxid);
                tx.changed(campaignId, Change.interactionAdded(logged.id()));
                return logged;
            } catch (InvalidInputException refused) {
                checkReferences(repo, campaignId, draft);
                throw refused;
            }
        });
    }

    /**
     * Changes the interaction; participants, attendees and demands become exactly those of the draft. The status
     * moves only forward: planned to held or cancelled, cancelled back to planned; a held one stays held.
     */
    @Override
    public Interaction update(long campaignId, long interactionId, int expectedVersion, InteractionDraft draft) {
        return transactions.write(campaignId, tx -> {
            InteractionRepository repo = new InteractionRepository(tx.dsl());
            Interaction current = repo.find(campaignId, interactionId)
                    .orElseThrow(() -> new NotFoundException("interaction", interactionId));
            Check.of()
                    .that(current.status().mayBecome(draft.status()), "status", "status_change",
                            Labels.key(current.status()), Labels.key(draft.status()))
                    .orThrow();
            checkReferences(repo, campaignId, draft);
            return repo.update(campaignId, interactionId, expectedVersion, draft);
        }, updated -> Change.interaction(interactionId));
    }

    /**
     * A partner organisation logs what it did: the interaction is made by that organisation whatever the draft
     * says, names none of the coalition's members (partners do not see them), and is marked as logged by it.
     */
    public Interaction contribute(long campaignId, long organisationId, InteractionDraft draft) {
        Check.of().that(draft.attendeeIds().isEmpty(), "attendees", "not_for_partners").orThrow();
        Check.of().that(draft.organisationId() == null || draft.organisationId() == organisationId,
                "organisation", "only_own_organisation").orThrow();
        return log(campaignId, draft.withOrganisation(organisationId), LoggedBy.organisation(organisationId));
    }

    /**
     * A partner organisation changes one of its own interactions; the coalition's members who attended stay as
     * they were. Another organisation's interaction, or the coalition's, is refused.
     */
    public Interaction amendContribution(long campaignId, long organisationId, long interactionId, int expectedVersion,
                                         InteractionDraft draft) {
        Interaction current = get(campaignId, interactionId);
        if (current.organisationId() == null || current.organisationId() != organisationId) {
            throw new ForbiddenException("rule.not_your_organisation");
        }
        Check.of().that(draft.attendeeIds().isEmpty() || draft.attendeeIds().equals(current.attendeeIds()),
                "attendees", "not_for_partners").orThrow();
        Check.of().that(draft.organisationId() == null || draft.organisationId() == organisationId,
                "organisation", "only_own_organisation").orThrow();
        return update(campaignId, interactionId, expectedVersion, draft.withOrganisation(organisationId)
                .withLinks(draft.participantIds(), current.attendeeIds(), draft.demandIds()));
    }

    /** Whether a partner organisation sees this interaction's private notes: only its own organisation's. */
    public static boolean ownedBy(Interaction i, Long organisationId) {
        return organisationId != null && organisationId.equals(i.organisationId());
    }

    /**
     * A coordinator rejects what a partner organisation contributed: it leaves the log, the ledger and every
     * count, and the partner sees it rejected with the reason. Only contributions can be rejected.
     */
    @Override
    public Interaction reject(long campaignId, long interactionId, int expectedVersion, String reason) {
        String why = InteractionDraft.text(reason);
        Check.of().maxLength("reason", why, 2000).orThrow();
        return transactions.write(campaignId, tx -> {
            InteractionRepository repo = new InteractionRepository(tx.dsl());
            Interaction current = repo.find(campaignId, interactionId)
                    .orElseThrow(() -> new NotFoundException("interaction", interactionId));
            Check.of().that(current.contributed(), "interaction", "not_a_contribution").orThrow();
            return repo.reject(campaignId, interactionId, expectedVersion, why);
        }, rejected -> Change.interaction(interactionId));
    }

    /** A rejection as a campaign file recorded it, with its own time: for the import of a whole campaign only. */
    public Interaction restoreRejection(long campaignId, long interactionId, java.time.OffsetDateTime at,
                                        String reason) {
        return transactions.write(campaignId, tx -> {
            InteractionRepository repo = new InteractionRepository(tx.dsl());
            Interaction current = repo.find(campaignId, interactionId)
                    .orElseThrow(() -> new NotFoundException("interaction", interactionId));
            return repo.rejectAt(campaignId, interactionId, current.version(), at, InteractionDraft.text(reason));
        }, rejected -> Change.interaction(interactionId));
    }

    /** Takes a rejected contribution back into the log. */
    @Override
    public Interaction reinstate(long campaignId, long interactionId, int expectedVersion) {
        return transactions.write(campaignId,
                tx -> new InteractionRepository(tx.dsl()).reinstate(campaignId, interactionId, expectedVersion),
                reinstated -> Change.interaction(interactionId));
    }

    /**
     * The other organisations' held or planned interactions with any of this one's participants within the
     * campaign's double-ask window of its date. An interaction that is cancelled or rejected warns of nothing.
     */
    @Override
    public List<DoubleAsk> doubleAsks(long campaignId, Interaction i) {
        if (i.participantIds().isEmpty() || i.status() == InteractionStatus.CANCELLED || i.rejected()) {
            return List.of();
        }
        return transactions.read(tx -> new InteractionRepository(tx.dsl()).doubleAsks(campaignId, i));
    }

    /**
     * The planned interactions from {@code from} to {@code to} (days included), soonest first, each with its double
     * asks. At most {@value #AGENDA_MAX} entries.
     */
    @Override
    public List<AgendaEntry> agenda(long campaignId, LocalDate from, LocalDate to) {
        Check.of().required("from", from).required("to", to).date("from", from).date("to", to).orThrow();
        Check.of().that(!from.isAfter(to), "from", "not_after", "to")
                .that(!to.isAfter(from.plusYears(2)), "to", "at_most_after", "from", 730).orThrow();
        return transactions.read(tx -> {
            InteractionRepository repo = new InteractionRepository(tx.dsl());
            int days = repo.doubleAskDays(campaignId);
            List<Interaction> around = repo.window(campaignId, from.minusDays(days), to.plusDays(days), 5_000);
            List<Interaction> planned = repo.list(campaignId, new InteractionFilter(null, null, null, from, to)
                    .withStatus(InteractionStatus.PLANNED), new Page(AGENDA_MAX, 0));
            List<Interaction> all = new java.util.ArrayList<>(around);
            all.addAll(planned);
            Map<Long, String> names = names(repo, campaignId, all);
            return planned.stream().sorted(java.util.Comparator.comparing(Interaction::occurredOn)
                            .thenComparing(Interaction::id))
                    .map(p -> new AgendaEntry(p, p.organisationId() == null ? null : names.get(p.organisationId()),
                            DoubleAsks.between(p, around.stream().filter(o -> o.id() != p.id()).toList(), days,
                                    names)))
                    .toList();
        });
    }

    public static final int AGENDA_MAX = 500;

    private static Map<Long, String> names(InteractionRepository repo, long campaignId, List<Interaction> list) {
        return repo.organisationNames(campaignId, list.stream().map(Interaction::organisationId)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
    }

    public void delete(long campaignId, long interactionId, int expectedVersion) {
        transactions.writeVoid(campaignId, Change.interaction(interactionId),
                tx -> new InteractionRepository(tx.dsl()).delete(campaignId, interactionId, expectedVersion));
    }

    @Override
    public Interaction get(long campaignId, long interactionId) {
        return byId.get(campaignId, interactionId, () -> transactions.read(
                tx -> new InteractionRepository(tx.dsl()).find(campaignId, interactionId))
                .orElseThrow(() -> new NotFoundException("interaction", interactionId)));
    }

    /** Newest first (occurred_on, then id, descending). */
    @Override
    public List<Interaction> list(long campaignId, InteractionFilter filter, Page page) {
        return transactions.read(tx -> new InteractionRepository(tx.dsl()).list(campaignId, filter, page));
    }

    /** Per stakeholder, the day of the latest interaction they took part in; planned (future) ones do not count. */
    public Map<Long, LocalDate> lastContact(long campaignId) {
        return lastContact(campaignId, LocalDate.now());
    }

    /** As {@link #lastContact(long)}, counting only interactions on or before {@code asOf}. */
    public Map<Long, LocalDate> lastContact(long campaignId, LocalDate asOf) {
        return transactions.read(tx -> new InteractionRepository(tx.dsl()).lastContact(campaignId, asOf));
    }

    /**
     * Logs an interaction imported from a calendar event or an e-mail, with its source reference ({@code ics:} or
     * {@code eml:} and a SHA-256 digest); a reference already used in the campaign is refused (conflict).
     */
    public Interaction logImported(long campaignId, InteractionDraft draft, String sourceRef) {
        return logImported(campaignId, draft, sourceRef, LoggedBy.UNKNOWN);
    }

    /** As {@link #logImported(long, InteractionDraft, String)}, logged by {@code by}. */
    public Interaction logImported(long campaignId, InteractionDraft draft, String sourceRef, LoggedBy by) {
        return transactions.transaction(tx -> {
            Interaction logged = log(campaignId, draft, by);
            new InteractionSources(tx.dsl()).mark(campaignId, logged.id(), sourceRef);
            return logged;
        });
    }

    /** Those of the source references already logged in the campaign. */
    public Set<String> imported(long campaignId, Collection<String> sourceRefs) {
        return sourceRefs.isEmpty() ? Set.of()
                : transactions.read(tx -> new InteractionSources(tx.dsl()).known(campaignId, sourceRefs));
    }

    /** Interaction id → source reference of every imported interaction, for the campaign file. */
    public Map<Long, String> sources(long campaignId) {
        return transactions.read(tx -> new InteractionSources(tx.dsl()).all(campaignId));
    }

    // The foreign keys would refuse these too, but only here can the error name the field the user filled.
    private static void checkReferences(InteractionRepository repo, long campaignId, InteractionDraft d) {
        Check.of()
                .that(repo.stakeholdersExist(campaignId, d.participantIds()), "participants", "db.reference")
                .that(repo.membersExist(campaignId, d.attendeeIds()), "attendees", "db.reference")
                .that(repo.demandsExist(campaignId, d.demandIds()), "demands", "db.reference")
                .that(repo.isOrganisation(campaignId, d.organisationId()), "organisation", "not_an_organisation")
                .orThrow();
    }
}
