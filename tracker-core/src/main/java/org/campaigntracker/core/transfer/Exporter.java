package org.campaigntracker.core.transfer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.campaigntracker.core.campaign.Campaign;
import org.campaigntracker.core.campaign.CampaignService;
import org.campaigntracker.core.commitment.Commitment;
import org.campaigntracker.core.commitment.CommitmentService;
import org.campaigntracker.core.mobilisation.Mobilisation;
import org.campaigntracker.core.outreach.Outreach;
import org.campaigntracker.core.demand.Demand;
import org.campaigntracker.core.demand.DemandService;
import org.campaigntracker.core.demand.Theme;
import org.campaigntracker.core.interaction.Interaction;
import org.campaigntracker.core.interaction.InteractionFilter;
import org.campaigntracker.core.interaction.InteractionService;
import org.campaigntracker.core.interaction.Page;
import org.campaigntracker.core.member.Member;
import org.campaigntracker.core.member.MemberService;
import org.campaigntracker.core.member.Training;
import org.campaigntracker.core.member.TrainingService;
import org.campaigntracker.core.plan.FollowUp;
import org.campaigntracker.core.plan.FollowUpService;
import org.campaigntracker.core.plan.Milestone;
import org.campaigntracker.core.plan.PlanService;
import org.campaigntracker.core.position.Position;
import org.campaigntracker.core.position.PositionService;
import org.campaigntracker.core.press.PressFilter;
import org.campaigntracker.core.press.PressItem;
import org.campaigntracker.core.press.PressService;
import org.campaigntracker.core.publish.PublicKind;
import org.campaigntracker.core.stakeholder.ContactPointService;
import org.campaigntracker.core.stakeholder.Relationship;
import org.campaigntracker.core.stakeholder.RelationshipService;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.StakeholderService;
import org.campaigntracker.core.testimony.Consent;
import org.campaigntracker.core.testimony.Testimony;
import org.campaigntracker.core.testimony.TestimonyService;
import org.campaigntracker.core.transfer.CampaignFile.ConsentData;
import org.campaigntracker.core.transfer.CampaignFile.CampaignData;
import org.campaigntracker.core.transfer.CampaignFile.CommitmentData;
import org.campaigntracker.core.transfer.CampaignFile.CountData;
import org.campaigntracker.core.transfer.CampaignFile.AccessData;
import org.campaigntracker.core.transfer.CampaignFile.MobilisationData;
import org.campaigntracker.core.transfer.CampaignFile.StewardshipData;
import org.campaigntracker.core.transfer.CampaignFile.OutreachData;
import org.campaigntracker.core.transfer.CampaignFile.ContactData;
import org.campaigntracker.core.transfer.CampaignFile.DemandData;
import org.campaigntracker.core.transfer.CampaignFile.FollowUpData;
import org.campaigntracker.core.transfer.CampaignFile.InteractionData;
import org.campaigntracker.core.transfer.CampaignFile.MemberData;
import org.campaigntracker.core.transfer.CampaignFile.MilestoneData;
import org.campaigntracker.core.transfer.CampaignFile.PositionData;
import org.campaigntracker.core.transfer.CampaignFile.PressData;
import org.campaigntracker.core.transfer.CampaignFile.RelationshipData;
import org.campaigntracker.core.transfer.CampaignFile.StakeholderData;
import org.campaigntracker.core.transfer.CampaignFile.StakeholderState;
import org.campaigntracker.core.transfer.CampaignFile.TestimonyData;
import org.campaigntracker.core.transfer.CampaignFile.ThemeData;
import org.campaigntracker.core.transfer.CampaignFile.TrainingData;
import org.campaigntracker.core.seal.Sealer;
import org.jooq.DSLContext;

/**
 * Reads one campaign into a {@link CampaignFile}. Records are listed by creation order (id), except stakeholders,
 * listed organisations before their people so an import can create them in file order; the importer creates
 * them in that order again, so a second export lists them the same way.
 */
final class Exporter {

    private final Map<PublicKind, java.util.Set<Long>> marks = new java.util.EnumMap<>(PublicKind.class);
    private final DSLContext dsl;
    private final CampaignServices services;
    private final long campaignId;
    private final Refs themes = new Refs();
    private final Refs demands = new Refs();
    private final Refs stakeholders = new Refs();
    private final Refs members = new Refs();
    private final Refs interactions = new Refs();
    private final Refs press = new Refs();
    private final Refs testimonies = new Refs();
    private final SealedValues sealed;
    private final Histories histories;

    Exporter(DSLContext dsl, Sealer sealer, CampaignServices services, long campaignId) {
        this.dsl = dsl;
        this.services = services;
        this.campaignId = campaignId;
        this.sealed = new SealedValues(sealer);
        this.histories = new Histories(dsl);
    }

    CampaignFile export() {
        Campaign c = services.campaigns().get(campaignId);
        DemandService demandService = services.demands();
        var themeHistory = histories.themes(campaignId);
        List<ThemeData> themeData = byId(demandService.themes(campaignId), Theme::id).stream()
                .peek(t -> themes.add(t.id()))
                .map(t -> new ThemeData(t.code(), t.position(), t.title(), t.description(), t.retiredOn(),
                        themeHistory.get(t.id()))).toList();
        var demandHistory = histories.demands(campaignId, themes);
        List<DemandData> demandData = byId(demandService.demands(campaignId), Demand::id).stream()
                .peek(d -> demands.add(d.id()))
                .map(d -> new DemandData(themes.ref(d.themeId()), d.code(), d.title(), d.body(), d.retiredOn(),
                        demandHistory.get(d.id()))).toList();
        List<StakeholderData> stakeholderData = stakeholders();
        List<MemberData> memberData = members();
        List<TrainingData> trainingData = trainings();
        List<TestimonyData> testimonyData = testimonies();
        return new CampaignFile(CampaignFile.FORMAT,
                new CampaignData(c.slug(), c.name(), c.objective(), c.deadline(), c.deadlineLabel(),
                        c.defaultLanguage(), services.publish().publishedAt(campaignId), c.doubleAskDays()),
                themeData, demandData, stakeholderData, relationships(), memberData, interactions(), press(),
                positions(), commitments(), milestones(), followUps(), trainingData, testimonyData, mobilisations(),
                outreach(), stewardship(), access());
    }

    /** Whether the item is marked for the public page; the marks of each kind are read once per export. */
    private boolean isPublic(PublicKind kind, long id) {
        return marks.computeIfAbsent(kind, k -> services.publish().marked(campaignId, k)).contains(id);
    }

    private List<StakeholderData> stakeholders() {
        List<Stakeholder> all = services.stakeholders().list(campaignId);
        Map<Long, Stakeholder> byId = new HashMap<>();
        all.forEach(s -> byId.put(s.id(), s));
        ContactPointService contacts = services.contactPoints();
        Map<Long, String> storedValues = new TransferRepository(dsl).storedContactValues(campaignId);
        List<Stakeholder> ordered = all.stream().sorted(Comparator.comparingInt((Stakeholder s) -> depth(s, byId))
                .thenComparingLong(Stakeholder::id)).toList();
        ordered.forEach(s -> stakeholders.add(s.id()));
        // After every ref is known: an earlier organisation may be any stakeholder.
        Map<Long, List<StakeholderState>> history = histories.stakeholders(campaignId, stakeholders);
        List<StakeholderData> result = new ArrayList<>();
        for (Stakeholder s : ordered) {
            List<ContactData> contactData = contacts.list(campaignId, s.id()).stream()
                    .sorted(Comparator.comparingLong(org.campaigntracker.core.stakeholder.ContactPoint::id))
                    .map(p -> new ContactData(p.kind().name(), sealed.forFile(SealedValues.CONTACT,
                            storedValues.get(p.id())), p.label(), p.primary())).toList();
            result.add(new StakeholderData(s.kind().name(), s.name(), s.function(), stakeholders.ref(s.organisationId()),
                    s.category().name(), s.power(), s.stance(), s.notes(), contactData, history.get(s.id())));
        }
        return result;
    }

    private static int depth(Stakeholder s, Map<Long, Stakeholder> byId) {
        int depth = 0;
        for (Stakeholder p = s; p.organisationId() != null && depth <= byId.size(); depth++) {
            p = byId.get(p.organisationId());
        }
        return depth;
    }

    private List<RelationshipData> relationships() {
        return byId(services.relationships().list(campaignId), Relationship::id).stream()
                .map(r -> new RelationshipData(stakeholders.ref(r.fromId()), stakeholders.ref(r.toId()),
                        r.type().name(), r.strength(), r.since(), r.until(), r.source(), r.notes())).toList();
    }

    private List<MemberData> members() {
        Map<Long, String> storedContacts = new TransferRepository(dsl).storedMemberContacts(campaignId);
        return byId(services.members().list(campaignId), Member::id).stream().peek(m -> members.add(m.id()))
                .map(m -> new MemberData(m.displayName(), m.kind().name(), stakeholders.ref(m.organisationId()),
                        m.notes(), m.language(), m.leftOn(),
                        sealed.forFile(SealedValues.MEMBER_CONTACT, storedContacts.get(m.id())))).toList();
    }

    private List<InteractionData> interactions() {
        InteractionService service = services.interactions();
        List<Interaction> all = new ArrayList<>();
        // The log, then the rejected contributions the log leaves out: the file keeps both.
        for (InteractionFilter filter : List.of(InteractionFilter.all(), InteractionFilter.all().onlyRejected())) {
            for (Page page = Page.first(Page.MAX_LIMIT); ; page = page.next()) {
                List<Interaction> slice = service.list(campaignId, filter, page);
                all.addAll(slice);
                if (slice.size() < page.limit()) {
                    break;
                }
            }
        }
        Map<Long, String> sources = service.sources(campaignId);
        return byId(all, Interaction::id).stream().peek(i -> interactions.add(i.id()))
                .map(i -> new InteractionData(i.kind().code(), i.occurredOn(), i.title(), i.summary(),
                        i.publicSummary(), i.outcome(), i.place(), stakeholders.refs(i.participantIds()),
                        members.refs(i.attendeeIds()), demands.refs(i.demandIds()), sources.get(i.id()),
                        i.status().code(), stakeholders.ref(i.organisationId()), members.ref(i.loggedByMemberId()),
                        stakeholders.ref(i.loggedByOrganisationId()), i.rejectedAt(), i.rejectionReason())).toList();
    }

    private List<PressData> press() {
        return byId(services.press().list(campaignId, PressFilter.all()), PressItem::id).stream()
                .peek(p -> press.add(p.id()))
                .map(p -> new PressData(p.outlet(), p.medium().code(), p.publishedOn(), p.title(), p.url(),
                        p.journalist(), p.reach(), p.tone().code(), p.summary(), themes.refs(p.themeIds()),
                        demands.refs(p.demandIds()), stakeholders.refs(p.quotedStakeholderIds()),
                        testimonies.refs(p.testimonyIds()), isPublic(PublicKind.press, p.id()))).toList();
    }

    private List<TrainingData> trainings() {
        return byId(services.trainings().list(campaignId), Training::id).stream()
                .map(t -> new TrainingData(t.title(), t.heldOn(), t.topics(), t.trainer(),
                        members.refs(t.attendeeIds()))).toList();
    }

    /** Story and identity as stored, sealed; consents in the order they were recorded. */
    private List<TestimonyData> testimonies() {
        TransferRepository repo = new TransferRepository(dsl);
        Map<Long, String> stories = repo.storedStories(campaignId);
        var identities = repo.storedIdentities(campaignId);
        return byId(services.testimonies().list(campaignId), Testimony::id).stream()
                .peek(t -> testimonies.add(t.id()))
                .map(t -> new TestimonyData(t.pseudonym(), sealed.forFile(SealedValues.STORY, stories.get(t.id())),
                        t.collectedOn(), members.ref(t.collectedById()), demands.refs(t.demandIds()),
                        themes.refs(t.themeIds()), byId(t.consents().all(), Consent::id).stream()
                                .map(Exporter::consent).toList(), sealed.forFile(identities.get(t.id()))))
                .toList();
    }

    private static ConsentData consent(Consent c) {
        return new ConsentData(c.use().code(), c.naming().name().toLowerCase(java.util.Locale.ROOT), c.givenOn(),
                c.expiresOn(), c.withdrawnOn(), c.recordedBy());
    }

    private List<PositionData> positions() {
        PositionService service = services.positions();
        List<Position> all = new ArrayList<>();
        for (Position current : service.current(campaignId)) {
            all.addAll(service.history(campaignId, current.stakeholderId(), current.demandId()));
        }
        return byId(all, Position::id).stream()
                .map(p -> new PositionData(stakeholders.ref(p.stakeholderId()), demands.ref(p.demandId()),
                        p.level().name(), p.statedOn(), interactions.ref(p.evidenceInteractionId()),
                        press.ref(p.evidencePressItemId()), p.evidenceDocument(), p.note(),
                        isPublic(PublicKind.position, p.id()))).toList();
    }

    private List<CommitmentData> commitments() {
        return byId(services.commitments().list(campaignId, null, null, null), Commitment::id).stream()
                .map(c -> new CommitmentData(stakeholders.ref(c.stakeholderId()), c.description(),
                        demands.ref(c.demandId()), interactions.ref(c.interactionId()), c.madeOn(), c.dueOn(),
                        c.confirmationRequestedOn(), c.confirmationReceivedOn(), c.status().name(),
                        c.statusChangedOn(), isPublic(PublicKind.commitment, c.id()), members.ref(c.ownerId())))
                .toList();
    }

    private List<MilestoneData> milestones() {
        List<Milestone> all = byId(services.plan().milestones(campaignId), Milestone::id);
        Refs refs = new Refs();
        all.forEach(m -> refs.add(m.id()));
        return all.stream().map(m -> new MilestoneData(m.title(), m.description(), m.dueOn(), m.daysBeforeDeadline(),
                m.status().name(), m.doneOn(), refs.refs(List.copyOf(m.dependsOn())),
                isPublic(PublicKind.milestone, m.id()))).toList();
    }

    private List<FollowUpData> followUps() {
        return byId(services.followUps().list(campaignId, false), FollowUp::id).stream()
                .map(f -> new FollowUpData(f.title(), members.ref(f.ownerId()), f.dueOn(), f.doneOn(),
                        interactions.ref(f.interactionId()), stakeholders.ref(f.stakeholderId()),
                        demands.ref(f.demandId()))).toList();
    }

    private List<StewardshipData> stewardship() {
        return services.stewardship().all(campaignId).values().stream()
                .map(s -> new StewardshipData(stakeholders.ref(s.stakeholderId()),
                        s.ownerId() == null ? null : members.ref(s.ownerId()), s.cadenceDays())).toList();
    }

    private List<AccessData> access() {
        return services.stewardship().allRatings(campaignId).stream()
                .map(r -> new AccessData(stakeholders.ref(r.stakeholderId()), r.score(), r.ratedOn(), r.evidence()))
                .toList();
    }

    private List<MobilisationData> mobilisations() {
        return byId(services.mobilisations().list(campaignId), Mobilisation::id).stream()
                .map(m -> new MobilisationData(m.title(), m.kind().code(), m.launchedOn(), demands.refs(m.demandIds()),
                        stakeholders.refs(m.targetIds()), m.counts().stream()
                                .map(c -> new CountData(c.countedOn(), c.count())).toList(),
                        m.delivery() == null ? null : m.delivery().on(),
                        m.delivery() == null ? null : stakeholders.ref(m.delivery().toId()),
                        m.delivery() == null ? null : interactions.ref(m.delivery().responseInteractionId()),
                        isPublic(PublicKind.mobilisation, m.id()))).toList();
    }

    private List<OutreachData> outreach() {
        return byId(services.outreach().list(campaignId), Outreach::id).stream()
                .map(o -> new OutreachData(o.kind().name(), o.sentOn(), o.title(), o.embargoUntil(),
                        demands.refs(o.demandIds()), stakeholders.refs(o.journalistIds()), o.outlets(),
                        o.attachments(), press.refs(o.pressItemIds()))).toList();
    }

    private static <T> List<T> byId(List<T> values, java.util.function.ToLongFunction<T> id) {
        return values.stream().sorted(Comparator.comparingLong(id)).toList();
    }
}
