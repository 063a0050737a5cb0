package org.campaigntracker.core.publish;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.campaigntracker.core.campaign.Campaign;
import org.campaigntracker.core.campaign.CampaignService;
import org.campaigntracker.core.commitment.Commitment;
import org.campaigntracker.core.common.ConflictException;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.demand.Demand;
import org.campaigntracker.core.demand.DemandService;
import org.campaigntracker.core.demand.Theme;
import org.campaigntracker.core.publish.PublicView.CommitmentView;
import org.campaigntracker.core.publish.PublicView.DemandView;
import org.campaigntracker.core.publish.PublicView.MilestoneView;
import org.campaigntracker.core.publish.PublicView.PositionView;
import org.campaigntracker.core.publish.PublicView.Source;
import org.campaigntracker.core.publish.PublicView.ThemeView;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.StakeholderService;
import org.campaigntracker.core.store.Transactions;

/** Marking rows public, publishing a campaign, and the public view; each public method is one transaction. */
public final class PublishService implements Publications {

    private final Transactions transactions;
    private final CampaignService campaigns;
    private final DemandService demands;
    private final StakeholderService stakeholders;
    private final Clock clock;

    public PublishService(Transactions transactions, CampaignService campaigns, DemandService demands,
                          StakeholderService stakeholders, Clock clock) {
        this.transactions = transactions;
        this.campaigns = campaigns;
        this.demands = demands;
        this.stakeholders = stakeholders;
        this.clock = clock;
    }

    /** Marks one position, commitment, press item, milestone or mobilisation public (or private again). */
    @Override
    public void mark(long campaignId, PublicKind kind, long id, boolean value) {
        transactions.writeVoid(campaignId, tx -> {
            if (!new PublishRepository(tx.dsl()).mark(campaignId, kind, id, value)) {
                throw new NotFoundException(kind == PublicKind.press ? "press_item" : kind.name(), id);
            }
        });
    }

    /** Opens the public page; publishing again keeps the first date. Returns when it was published. */
    @Override
    public OffsetDateTime publish(long campaignId) {
        return transactions.write(campaignId, tx -> {
            PublishRepository repo = new PublishRepository(tx.dsl());
            OffsetDateTime at = repo.publishedAt(campaignId);
            if (at == null) {
                at = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
                repo.setPublishedAt(campaignId, at);
            }
            return at;
        });
    }

    /** What the campaign file carries: the ids of a kind marked public. */
    public Set<Long> marked(long campaignId, PublicKind kind) {
        return transactions.read(tx -> new PublishRepository(tx.dsl()).marked(campaignId, kind));
    }

    /** What is public in the campaign, read at one instant: the page's opening date and the marked ids of each kind. */
    public Publication publication(long campaignId) {
        return transactions.snapshot(tx -> {
            PublishRepository repo = new PublishRepository(tx.dsl());
            Map<PublicKind, Set<Long>> marked = new EnumMap<>(PublicKind.class);
            for (PublicKind kind : PublicKind.values()) {
                marked.put(kind, new TreeSet<>(repo.marked(campaignId, kind)));
            }
            return new Publication(repo.publishedAt(campaignId), marked);
        });
    }

    /** When the public page was opened, or null while it is closed. */
    public OffsetDateTime publishedAt(long campaignId) {
        return transactions.read(tx -> new PublishRepository(tx.dsl()).publishedAt(campaignId));
    }

    /** An import opens the page again with the date it was first published. */
    public void restorePublishedAt(long campaignId, OffsetDateTime at) {
        transactions.writeVoid(campaignId, tx -> new PublishRepository(tx.dsl()).setPublishedAt(campaignId, at));
    }

    /** Closes the public page: it answers 404 again. */
    @Override
    public void unpublish(long campaignId) {
        transactions.writeVoid(campaignId, tx -> new PublishRepository(tx.dsl()).setPublishedAt(campaignId, null));
    }

    /** The public view of a published campaign; empty for an unknown or unpublished one (both are simply absent). */
    public Optional<PublicView> published(String slug) {
        return transactions.snapshot(tx -> {
            Optional<Campaign> campaign;
            try {
                campaign = Optional.of(campaigns.get(slug));
            } catch (NotFoundException e) {
                return Optional.<PublicView>empty();
            }
            PublicView view = build(campaign.get(), new PublishRepository(tx.dsl()));
            return view.published() ? Optional.of(view) : Optional.empty();
        });
    }

    /** The public view of a published campaign, for the static export; a conflict while it is not published. */
    public PublicView publishedView(long campaignId) {
        PublicView view = preview(campaignId);
        if (!view.published()) {
            throw new ConflictException("campaign.not_published", view.slug());
        }
        return view;
    }

    /** Exactly what the public page would show, published or not. */
    public PublicView preview(long campaignId) {
        return transactions.snapshot(tx -> build(campaigns.get(campaignId), new PublishRepository(tx.dsl())));
    }

    private PublicView build(Campaign campaign, PublishRepository repo) {
        long id = campaign.id();
        LocalDate today = LocalDate.now(clock);
        Map<Long, Demand> demandsById = demands.demands(id).stream()
                .collect(Collectors.toMap(Demand::id, Function.identity()));
        Map<Long, PublicTarget> targets = stakeholders.list(id).stream()
                .collect(Collectors.toMap(Stakeholder::id, PublicTarget::of));
        List<PublishRepository.PositionRow> positionRows = repo.positions(id);
        List<Commitment> commitmentRows = repo.commitments(id);
        Set<Long> interactionIds = new HashSet<>();
        Set<Long> pressIds = new HashSet<>();
        positionRows.forEach(p -> {
            addIfPresent(interactionIds, p.interactionId());
            addIfPresent(pressIds, p.pressItemId());
        });
        commitmentRows.forEach(c -> addIfPresent(interactionIds, c.interactionId()));
        Map<Long, Source> interactions = interactionIds.isEmpty() ? Map.of() : repo.interactions(id, interactionIds);
        Map<Long, Source> press = pressIds.isEmpty() ? Map.of() : repo.pressSources(id, pressIds);

        List<PositionView> positions = positionRows.stream().map(p -> {
            Demand d = demandsById.get(p.demandId());
            Source source = p.pressItemId() != null ? press.get(p.pressItemId())
                    : p.interactionId() != null ? interactions.get(p.interactionId())
                    : p.document() != null ? new Source("document", p.document(), null, p.statedOn()) : null;
            return new PositionView(p.id(), targets.get(p.stakeholderId()), d.code(), d.title(), p.level(),
                    p.statedOn(), source);
        }).toList();
        List<CommitmentView> commitments = commitmentRows.stream().map(c -> {
            Demand d = c.demandId() == null ? null : demandsById.get(c.demandId());
            return new CommitmentView(c.id(), targets.get(c.stakeholderId()), c.description(),
                    d == null ? null : d.code(), d == null ? null : d.title(), c.madeOn(),
                    c.interactionId() == null ? null : interactions.get(c.interactionId()),
                    c.confirmationRequestedOn(), c.confirmationReceivedOn(), c.dueOn(), PublicStatus.of(c, today),
                    c.statusChangedOn());
        }).toList();
        List<MilestoneView> milestones = repo.milestones(id).stream().map(m -> new MilestoneView(m.id(), m.title(),
                m.description(), m.dueOn() != null ? m.dueOn() : campaign.deadline() == null
                        || m.daysBeforeDeadline() == null ? null : campaign.deadline().minusDays(m.daysBeforeDeadline()),
                m.status(), m.doneOn()))
                .sorted(Comparator.comparing(MilestoneView::dueOn, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        return new PublicView(campaign.slug(), campaign.name(), campaign.objective(), campaign.deadline(),
                campaign.deadlineLabel(), campaign.defaultLanguage(), repo.publishedAt(id), repo.lastUpdated(id),
                today, themes(id, demandsById), positions, commitments, repo.press(id), milestones,
                repo.mobilisations(id));
    }

    private List<ThemeView> themes(long campaignId, Map<Long, Demand> demandsById) {
        List<ThemeView> themes = new ArrayList<>();
        for (Theme t : demands.themes(campaignId)) {
            if (!t.active()) {
                continue;
            }
            List<DemandView> ds = demandsById.values().stream()
                    .filter(d -> d.themeId() == t.id() && d.active())
                    .sorted(Comparator.comparing(Demand::code))
                    .map(d -> new DemandView(d.id(), d.code(), d.title(), d.body())).toList();
            themes.add(new ThemeView(t.code(), t.title(), t.description(), ds));
        }
        return themes;
    }

    private static void addIfPresent(Set<Long> ids, Long id) {
        if (id != null) {
            ids.add(id);
        }
    }
}
