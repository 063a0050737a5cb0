package org.campaigntracker.core.intake;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.intake.PlannedInteraction.Outcome;
import org.campaigntracker.core.interaction.InteractionDraft;
import org.campaigntracker.core.interaction.LoggedBy;
import org.campaigntracker.core.interaction.InteractionKind;
import org.campaigntracker.core.interaction.InteractionService;
import org.campaigntracker.core.member.Member;
import org.campaigntracker.core.member.MemberService;
import org.campaigntracker.core.stakeholder.ContactKind;
import org.campaigntracker.core.stakeholder.ContactPointDraft;
import org.campaigntracker.core.stakeholder.ContactPointService;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.StakeholderDraft;
import org.campaigntracker.core.stakeholder.StakeholderService;
import org.campaigntracker.core.store.Transactions;

/**
 * Imports calendar invitations and e-mails as logged interactions. {@link #plan} reads every file and matches every
 * person, writing nothing (the dry run); {@link #importFiles} does the same inside one transaction and logs what is
 * new, all files or none. An invitation is a meeting; an e-mail sent by one of our members is an e-mail sent, any
 * other a written response.
 */
public final class IntakeService {

    private final Transactions transactions;
    private final InteractionService interactions;
    private final StakeholderService stakeholders;
    private final ContactPointService contactPoints;
    private final MemberService members;
    private final IcsReader ics;
    private final EmlReader eml;

    public IntakeService(Transactions transactions, InteractionService interactions, StakeholderService stakeholders,
                         ContactPointService contactPoints, MemberService members, ZoneId zone) {
        this.transactions = transactions;
        this.interactions = interactions;
        this.stakeholders = stakeholders;
        this.contactPoints = contactPoints;
        this.members = members;
        this.ics = new IcsReader(zone);
        this.eml = new EmlReader(zone);
    }

    /** Every event and message of the files, in order; a file that cannot be read stops the whole import. */
    public List<Incoming> read(List<IntakeFile> files) {
        if (files.isEmpty()) {
            throw InvalidInputException.of("files", "required");
        }
        if (files.size() > Intake.MAX_FILES) {
            throw InvalidInputException.of("files", "too_many_files", Intake.MAX_FILES);
        }
        List<Incoming> all = new ArrayList<>();
        for (IntakeFile file : files) {
            if (file.format() == IntakeFormat.ICS) {
                all.addAll(ics.read(file));
            } else {
                all.add(eml.read(file));
            }
            if (all.size() > Intake.MAX_ITEMS) {
                throw new IntakeFileException(file.name(), "too_many_events", all.size(), Intake.MAX_ITEMS);
            }
        }
        return all;
    }

    /** What an import would log, writing nothing. */
    public IntakePlan plan(long campaignId, List<IntakeFile> files) {
        List<Incoming> incoming = read(files);
        return transactions.transaction(tx -> planOf(campaignId, incoming));
    }

    /**
     * Adds {@code newStakeholders} (people nobody matched whom the user chose to add, each with their address as an
     * e-mail contact point), then logs every new event and message, in one transaction: a failure writes nothing.
     */
    public IntakePlan importFiles(long campaignId, List<IntakeFile> files, List<Person> newStakeholders) {
        return importFiles(campaignId, files, newStakeholders, LoggedBy.UNKNOWN);
    }

    /** As {@link #importFiles(long, List, List)}, each interaction logged by {@code by}. */
    public IntakePlan importFiles(long campaignId, List<IntakeFile> files, List<Person> newStakeholders,
                                  LoggedBy by) {
        List<Incoming> incoming = read(files);
        return transactions.transaction(tx -> {
            for (Person p : newStakeholders) {
                add(campaignId, p);
            }
            List<PlannedInteraction> done = new ArrayList<>();
            for (PlannedInteraction item : planOf(campaignId, incoming).items()) {
                done.add(item.outcome() == Outcome.LOG ? item.logged(log(campaignId, item, by)) : item);
            }
            return new IntakePlan(done);
        });
    }

    private IntakePlan planOf(long campaignId, List<Incoming> incoming) {
        List<Stakeholder> theirs = stakeholders.list(campaignId);
        List<Member> ours = members.list(campaignId);
        Participants people = new Participants(theirs, ours, contactPoints.stakeholdersByEmail(campaignId));
        Set<String> known = interactions.imported(campaignId, incoming.stream().map(Incoming::sourceRef).toList());
        Set<String> seen = new HashSet<>();
        List<PlannedInteraction> items = new ArrayList<>();
        for (Incoming in : incoming) {
            Participants.Sorted sorted = people.sort(in.people());
            InteractionKind kind = kind(in, people);
            Outcome outcome = known.contains(in.sourceRef()) ? Outcome.ALREADY_IMPORTED
                    : !seen.add(in.sourceRef()) ? Outcome.REPEATED
                    : kind.needsParticipant() && sorted.theirs().isEmpty() ? Outcome.NOBODY_MATCHED
                    : Outcome.LOG;
            items.add(new PlannedInteraction(in, kind, sorted.theirs(), sorted.ours(), sorted.unmatched(), outcome,
                    null));
        }
        return new IntakePlan(items);
    }

    private static InteractionKind kind(Incoming in, Participants people) {
        if (in.format() == IntakeFormat.ICS) {
            return InteractionKind.MEETING;
        }
        return in.from() != null && people.isOurs(in.from()) ? InteractionKind.EMAIL_SENT
                : InteractionKind.WRITTEN_RESPONSE;
    }

    private long log(long campaignId, PlannedInteraction item, LoggedBy by) {
        Incoming in = item.incoming();
        String title = in.title() != null ? in.title() : in.file() + " (" + in.where() + ")";
        InteractionDraft draft = new InteractionDraft(item.kind(), in.on(), title, in.summary(), null, null,
                in.place(), item.with().stream().map(Stakeholder::id).toList(),
                item.ours().stream().map(Member::id).toList(), List.of());
        return interactions.logImported(campaignId, draft, in.sourceRef(), by).id();
    }

    private void add(long campaignId, Person p) {
        String name = p.bestName() != null ? p.bestName() : p.email();
        if (name == null) {
            throw InvalidInputException.of("name", "required");
        }
        Stakeholder s = stakeholders.add(campaignId, StakeholderDraft.person(name, null, null, null));
        if (p.email() != null) {
            contactPoints.add(campaignId, s.id(), new ContactPointDraft(ContactKind.email, p.email(), null, true));
        }
    }
}
