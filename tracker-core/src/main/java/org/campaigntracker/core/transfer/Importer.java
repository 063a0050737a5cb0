package org.campaigntracker.core.transfer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.campaigntracker.core.campaign.CampaignDraft;
import org.campaigntracker.core.campaign.CampaignService;
import org.campaigntracker.core.commitment.Commitment;
import org.campaigntracker.core.commitment.CommitmentDraft;
import org.campaigntracker.core.commitment.CommitmentService;
import org.campaigntracker.core.commitment.CommitmentStatus;
import org.campaigntracker.core.mobilisation.Delivery;
import org.campaigntracker.core.mobilisation.Mobilisation;
import org.campaigntracker.core.mobilisation.MobilisationCount;
import org.campaigntracker.core.mobilisation.MobilisationDraft;
import org.campaigntracker.core.mobilisation.MobilisationKind;
import org.campaigntracker.core.mobilisation.MobilisationService;
import org.campaigntracker.core.outreach.OutreachDraft;
import org.campaigntracker.core.outreach.OutreachKind;
import org.campaigntracker.core.outreach.OutreachService;
import org.campaigntracker.core.common.CampaignDates;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.demand.DemandDraft;
import org.campaigntracker.core.demand.DemandService;
import org.campaigntracker.core.demand.ThemeDraft;
import org.campaigntracker.core.interaction.InteractionDraft;
import org.campaigntracker.core.interaction.InteractionKind;
import org.campaigntracker.core.interaction.InteractionService;
import org.campaigntracker.core.interaction.InteractionStatus;
import org.campaigntracker.core.interaction.LoggedBy;
import org.campaigntracker.core.member.Member;
import org.campaigntracker.core.member.MemberDraft;
import org.campaigntracker.core.member.MemberKind;
import org.campaigntracker.core.member.MemberService;
import org.campaigntracker.core.member.TrainingDraft;
import org.campaigntracker.core.member.TrainingService;
import org.campaigntracker.core.plan.FollowUpDraft;
import org.campaigntracker.core.plan.FollowUpService;
import org.campaigntracker.core.plan.Milestone;
import org.campaigntracker.core.plan.MilestoneDraft;
import org.campaigntracker.core.plan.MilestoneStatus;
import org.campaigntracker.core.plan.PlanService;
import org.campaigntracker.core.position.PositionDraft;
import org.campaigntracker.core.position.PositionLevel;
import org.campaigntracker.core.position.PositionService;
import org.campaigntracker.core.press.PressItemDraft;
import org.campaigntracker.core.press.PressMedium;
import org.campaigntracker.core.press.PressService;
import org.campaigntracker.core.press.PressTone;
import org.campaigntracker.core.publish.PublicKind;
import org.campaigntracker.core.stakeholder.ContactKind;
import org.campaigntracker.core.stakeholder.ContactPointDraft;
import org.campaigntracker.core.stakeholder.ContactPointService;
import org.campaigntracker.core.stakeholder.RelationshipDraft;
import org.campaigntracker.core.stakeholder.RelationshipService;
import org.campaigntracker.core.stakeholder.RelationshipType;
import org.campaigntracker.core.stakeholder.StakeholderCategory;
import org.campaigntracker.core.stakeholder.StakeholderDraft;
import org.campaigntracker.core.stakeholder.StakeholderKind;
import org.campaigntracker.core.stakeholder.StakeholderService;
import org.campaigntracker.core.stewardship.AccessDraft;
import org.campaigntracker.core.stewardship.StewardshipDraft;
import org.campaigntracker.core.stewardship.StewardshipService;
import org.campaigntracker.core.testimony.ConsentDraft;
import org.campaigntracker.core.testimony.ConsentUse;
import org.campaigntracker.core.testimony.NamingRule;
import org.campaigntracker.core.testimony.TestimonyDraft;
import org.campaigntracker.core.testimony.TestimonyIdentity;
import org.campaigntracker.core.testimony.TestimonyService;
import org.campaigntracker.core.transfer.CampaignFile.ConsentData;
import org.campaigntracker.core.transfer.CampaignFile.IdentityData;
import org.campaigntracker.core.transfer.CampaignFile.CommitmentData;
import org.campaigntracker.core.transfer.CampaignFile.MobilisationData;
import org.campaigntracker.core.transfer.CampaignFile.OutreachData;
import org.campaigntracker.core.transfer.CampaignFile.ContactData;
import org.campaigntracker.core.transfer.CampaignFile.InteractionData;
import org.campaigntracker.core.transfer.CampaignFile.MilestoneData;
import org.campaigntracker.core.transfer.CampaignFile.PositionData;
import org.campaigntracker.core.transfer.CampaignFile.PressData;
import org.campaigntracker.core.transfer.CampaignFile.StakeholderData;
import org.campaigntracker.core.transfer.CampaignFile.TestimonyData;
import org.campaigntracker.core.seal.Sealer;
import org.jooq.DSLContext;

/**
 * Creates a campaign from a {@link CampaignFile}, in file order, inside the caller's transaction. Sealed values are
 * all opened first, so a file sealed with another data key fails before anything is written; an entry that breaks a
 * rule fails naming its list and position.
 */
final class Importer {

    private final DSLContext dsl;
    private final CampaignServices services;
    private final Refs themes = new Refs();
    private final Refs demands = new Refs();
    private final Refs stakeholders = new Refs();
    private final Refs members = new Refs();
    private final Refs interactions = new Refs();
    private final Refs press = new Refs();
    private final Refs testimonies = new Refs();
    private final SealedValues sealed;
    private final TransferRepository repo;
    private long campaignId;

    Importer(DSLContext dsl, Sealer sealer, CampaignServices services) {
        this.dsl = dsl;
        this.services = services;
        this.sealed = new SealedValues(sealer);
        this.repo = new TransferRepository(dsl);
    }

    long run(CampaignFile file) {
        if (file.campaign() == null) {
            throw InvalidInputException.of("campaign", "required");
        }
        if (!CampaignFile.READABLE.contains(file.format())) {
            throw new ImportFileException("transfer.format", file.format(), CampaignFile.FORMAT);
        }
        sealed.checkAll(file);
        var c = file.campaign();
        campaignId = services.campaigns().create(new CampaignDraft(c.slug(), c.name(), c.objective(),
                c.deadline(), c.deadlineLabel(), c.language(), c.doubleAskDays())).id();
        DemandService demandService = services.demands();
        each("themes", file.themes(), t -> themes.add(demandService.addTheme(campaignId,
                new ThemeDraft(t.code(), t.position(), t.title(), t.description(), t.retiredOn())).id()));
        each("demands", file.demands(), d -> demands.add(demandService.addDemand(campaignId,
                new DemandDraft(ref(themes, "theme", d.theme()), d.code(), d.title(), d.body(), d.retiredOn())).id()));
        each("stakeholders", file.stakeholders(), this::stakeholder);
        RelationshipService relationships = services.relationships();
        each("relationships", file.relationships(), r -> relationships.add(campaignId, new RelationshipDraft(
                ref(stakeholders, "from", r.from()), ref(stakeholders, "to", r.to()),
                value(RelationshipType.class, "type", r.type()), r.strength(), r.since(), r.until(), r.source(),
                r.notes())));
        MemberService memberService = services.members();
        each("members", file.members(), m -> {
            Member added = memberService.add(campaignId, new MemberDraft(m.name(), value(MemberKind.class, "kind",
                    m.kind()), optionalRef(stakeholders, "organisation", m.organisation()), m.notes(), m.language(),
                    sealed.open(SealedValues.MEMBER_CONTACT, m.contact())));
            if (m.contact() != null) {
                repo.keepMemberContact(added.id(),
                        sealed.toStore(SealedValues.MEMBER_CONTACT, m.contact()));
            }
            members.add(m.leftOn() == null ? added.id() : memberService.leave(campaignId, added.id(), added.version(),
                    m.leftOn()).id());
        });
        TrainingService trainings = services.trainings();
        each("trainings", file.trainings(), t -> trainings.add(campaignId, new TrainingDraft(t.title(), t.heldOn(),
                t.topics(), t.trainer(), refs(members, "attendees", t.attendees()))));
        each("testimonies", file.testimonies(), this::testimony);
        each("interactions", file.interactions(), this::interaction);
        each("press", file.press(), this::pressItem);
        each("positions", file.positions(), this::position);
        each("commitments", file.commitments(), this::commitment);
        each("mobilisations", file.mobilisations(), this::mobilisation);
        each("outreach", file.outreach(), this::outreach);
        StewardshipService stewardship = services.stewardship();
        each("stewardship", file.stewardship(), s -> stewardship.put(campaignId, ref(stakeholders, "stakeholder",
                s.stakeholder()), 0, new StewardshipDraft(optionalRef(members, "owner", s.owner()), s.cadenceDays())));
        each("access", file.access(), a -> stewardship.rate(campaignId, ref(stakeholders, "stakeholder",
                a.stakeholder()), new AccessDraft(a.score(), a.on(), a.evidence())));
        try {
            milestones(file.milestones());
        } catch (InvalidInputException e) {
            throw new ImportFileException("milestones", 0, e);
        }
        FollowUpService followUps = services.followUps();
        each("followUps", file.followUps(), f -> followUps.add(campaignId, new FollowUpDraft(f.title(),
                optionalRef(members, "owner", f.owner()), f.dueOn(), f.doneOn(),
                optionalRef(interactions, "interaction", f.interaction()),
                optionalRef(stakeholders, "stakeholder", f.stakeholder()), optionalRef(demands, "demand", f.demand()))));
        new Histories(dsl).restore(file, themes, demands, stakeholders);
        if (c.published() != null) {
            services.publish().restorePublishedAt(campaignId, c.published());
        }
        return campaignId;
    }

    /** Runs {@code step} on each entry; an entry breaking a rule fails naming its list and 1-based position. */
    private static <T> void each(String list, List<T> entries, Consumer<T> step) {
        for (int i = 0; i < entries.size(); i++) {
            try {
                step.accept(entries.get(i));
            } catch (InvalidInputException e) {
                throw new ImportFileException(list, i + 1, e);
            }
        }
    }

    private void stakeholder(StakeholderData s) {
        long id = services.stakeholders().add(campaignId, new StakeholderDraft(
                value(StakeholderKind.class, "kind", s.kind()), s.name(), s.function(),
                optionalRef(stakeholders, "organisation", s.organisation()),
                value(StakeholderCategory.class, "category", s.category()), s.power(), s.stance(), s.notes())).id();
        stakeholders.add(id);
        ContactPointService contacts = services.contactPoints();
        for (ContactData p : s.contacts()) {
            long contactId = contacts.add(campaignId, id, new ContactPointDraft(value(ContactKind.class, "contact",
                    p.kind()), sealed.open(SealedValues.CONTACT, p.value()), p.label(), p.primary())).id();
            repo.keepContactValue(contactId, sealed.toStore(SealedValues.CONTACT, p.value()));
        }
    }

    /** Checked like any new testimony, then stored with the file's own ciphertext. */
    private void testimony(TestimonyData t) {
        long id = services.testimonies().add(campaignId, new TestimonyDraft(t.pseudonym(),
                sealed.open(SealedValues.STORY, t.story()), t.collectedOn(),
                optionalRef(members, "collected_by", t.collectedBy()), refs(demands, "demands", t.demands()),
                refs(themes, "themes", t.themes()))).id();
        testimonies.add(id);
        repo.keepStory(id, sealed.toStore(SealedValues.STORY, t.story()));
        for (ConsentData c : t.consents()) {
            ConsentDraft draft = new ConsentDraft(value(ConsentUse.class, "use", c.use()),
                    value(NamingRule.class, "naming", c.naming()), c.givenOn(), c.expiresOn(), c.recordedBy());
            repo.insertConsent(id, draft, CampaignDates.require("withdrawn_on", c.withdrawnOn()));
        }
        IdentityData identity = t.identity();
        if (identity != null) {
            new TestimonyIdentity(sealed.open(SealedValues.FULL_NAME, identity.fullName()),
                    sealed.open(SealedValues.IDENTITY_CONTACT, identity.contact()),
                    sealed.open(SealedValues.NOTES, identity.notes()));
            repo.insertIdentity(id, sealed.toStore(identity));
        }
    }

    private void interaction(InteractionData i) {
        InteractionDraft draft = new InteractionDraft(
                value(InteractionKind.class, "kind", i.kind()), i.on(), i.title(), i.summary(), i.publicSummary(),
                i.outcome(), i.place(), refs(stakeholders, "participants", i.participants()),
                refs(members, "attendees", i.attendees()), refs(demands, "demands", i.demands()),
                i.status() == null ? null : value(InteractionStatus.class, "status", i.status()),
                optionalRef(stakeholders, "organisation", i.organisation()));
        Long byOrganisation = optionalRef(stakeholders, "logged_by_organisation", i.loggedByOrganisation());
        LoggedBy by = byOrganisation != null ? LoggedBy.organisation(byOrganisation)
                : LoggedBy.member(optionalRef(members, "logged_by_member", i.loggedByMember()));
        InteractionService service = services.interactions();
        long id = (i.source() == null ? service.log(campaignId, draft, by)
                : service.logImported(campaignId, draft, i.source(), by)).id();
        if (i.rejectedAt() != null) {
            service.restoreRejection(campaignId, id, i.rejectedAt(), i.rejectionReason());
        }
        interactions.add(id);
    }

    private void pressItem(PressData p) {
        press.add(markedIf(p.published(), PublicKind.press, services.press().add(campaignId, new PressItemDraft(p.outlet(),
                value(PressMedium.class, "medium", p.medium()), p.on(), p.title(), p.url(), p.journalist(), p.reach(),
                value(PressTone.class, "tone", p.tone()), p.summary(), refs(themes, "themes", p.themes()),
                refs(demands, "demands", p.demands()), refs(stakeholders, "quoted", p.quoted()),
                refs(testimonies, "testimonies", p.testimonies()))).id()));
    }

    /** Marks the new item public when the file says it was; returns its id. */
    private long markedIf(boolean published, PublicKind kind, long id) {
        if (published) {
            services.publish().mark(campaignId, kind, id, true);
        }
        return id;
    }

    private void position(PositionData p) {
        markedIf(p.published(), PublicKind.position, services.positions().record(campaignId, new PositionDraft(ref(stakeholders, "stakeholder", p.stakeholder()),
                ref(demands, "demand", p.demand()), value(PositionLevel.class, "level", p.level()), p.statedOn(),
                optionalRef(interactions, "interaction", p.interaction()),
                optionalRef(press, "press_item", p.pressItem()), p.document(), p.note())).id());
    }

    private void commitment(CommitmentData c) {
        CommitmentService service = services.commitments();
        Commitment added = service.add(campaignId, new CommitmentDraft(ref(stakeholders, "stakeholder", c.stakeholder()),
                c.description(), optionalRef(demands, "demand", c.demand()),
                optionalRef(interactions, "interaction", c.interaction()), c.madeOn(), c.dueOn(),
                c.confirmationRequestedOn(), c.confirmationReceivedOn(), optionalRef(members, "owner", c.owner())));
        CommitmentStatus status = value(CommitmentStatus.class, "status", c.status());
        if (status != CommitmentStatus.open) {
            service.close(campaignId, added.id(), added.version(), status, c.statusChangedOn());
        }
        markedIf(c.published(), PublicKind.commitment, added.id());
    }

    private void mobilisation(MobilisationData m) {
        MobilisationService service = services.mobilisations();
        Mobilisation added = service.add(campaignId, new MobilisationDraft(m.title(),
                value(MobilisationKind.class, "kind", m.kind()), m.launchedOn(), refs(demands, "demands", m.demands()),
                refs(stakeholders, "targets", m.targets())), null);
        if (!m.counts().isEmpty()) {
            added = service.count(campaignId, added.id(), added.version(), m.counts().stream()
                    .map(c -> new MobilisationCount(c.on(), c.count())).toList());
        }
        if (m.deliveredOn() != null) {
            service.deliver(campaignId, added.id(), added.version(), new Delivery(m.deliveredOn(),
                    optionalRef(stakeholders, "delivered_to", m.deliveredTo()),
                    optionalRef(interactions, "response", m.response())));
        }
        markedIf(m.published(), PublicKind.mobilisation, added.id());
    }

    private void outreach(OutreachData o) {
        OutreachService service = services.outreach();
        long id = service.add(campaignId, new OutreachDraft(value(OutreachKind.class, "kind", o.kind()), o.sentOn(),
                o.title(), o.embargoUntil(), refs(demands, "demands", o.demands()),
                refs(stakeholders, "journalists", o.journalists()), o.outlets(), o.attachments())).id();
        refs(press, "press", o.press()).forEach(item -> service.linkPressItem(campaignId, item, id));
    }

    // Created without dependencies first: a milestone may depend on one listed after it.
    private void milestones(List<MilestoneData> data) {
        PlanService plan = services.plan();
        Refs refs = new Refs();
        List<Milestone> created = data.stream().map(m -> plan.add(campaignId, new MilestoneDraft(m.title(),
                m.description(), m.dueOn(), m.daysBeforeDeadline(), value(MilestoneStatus.class, "status", m.status()),
                m.doneOn(), Set.of()))).toList();
        created.forEach(m -> refs.add(m.id()));
        for (int i = 0; i < data.size(); i++) {
            markedIf(data.get(i).published(), PublicKind.milestone, created.get(i).id());
        }
        for (int i = 0; i < data.size(); i++) {
            if (!data.get(i).dependsOn().isEmpty()) {
                Milestone m = created.get(i);
                plan.update(campaignId, m.id(), m.version(), new MilestoneDraft(m.title(), m.description(), m.dueOn(),
                        m.daysBeforeDeadline(), m.status(), m.doneOn(),
                        Set.copyOf(refs(refs, "depends_on", data.get(i).dependsOn()))));
            }
        }
    }

    static long ref(Refs refs, String field, Integer ref) {
        Long id = optionalRef(refs, field, ref);
        if (id == null) {
            throw InvalidInputException.of(field, "required");
        }
        return id;
    }

    static Long optionalRef(Refs refs, String field, Integer ref) {
        try {
            return refs.id(ref);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "db.reference");
        }
    }

    private static List<Long> refs(Refs refs, String field, List<Integer> values) {
        return values.stream().map(r -> ref(refs, field, r)).toList();
    }

    static <E extends Enum<E>> E value(Class<E> type, String field, String text) {
        for (E e : type.getEnumConstants()) {
            if (text != null && e.name().equalsIgnoreCase(text.strip())) {
                return e;
            }
        }
        throw InvalidInputException.of(field, "unknown_value", text, Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }
}
