package org.campaigntracker.core.transfer;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A whole campaign as a portable document. Every list is in the order records were created, and a {@code ref} is
 * a record's 1-based position in its list; references between records use those refs, never database ids.
 *
 * <p>Personal data the database keeps sealed (contact values, testimony stories and identities) stays sealed in the
 * file, as {@code ct1:<key id>:...}: the file reveals no more than a dump, and only a tracker holding that data key
 * can import it. Left out on purpose: API tokens (secrets of one database; create new ones), the audit trail and the
 * erasure ledger (they belong to the database, not the campaign), and created/updated instants.
 *
 * <p>Format 1 (before testimonies, trainings and histories) is still read: its missing lists are empty and its
 * plain contact values are sealed on import.
 */
public record CampaignFile(int format, CampaignData campaign, List<ThemeData> themes, List<DemandData> demands,
                           List<StakeholderData> stakeholders, List<RelationshipData> relationships,
                           List<MemberData> members, List<InteractionData> interactions, List<PressData> press,
                           List<PositionData> positions, List<CommitmentData> commitments,
                           List<MilestoneData> milestones, List<FollowUpData> followUps,
                           List<TrainingData> trainings, List<TestimonyData> testimonies,
                           List<MobilisationData> mobilisations, List<OutreachData> outreach,
                           List<StewardshipData> stewardship, List<AccessData> access) {

    public static final int FORMAT = 2;
    /** Formats this version still imports. */
    public static final java.util.Set<Integer> READABLE = java.util.Set.of(1, 2);

    public CampaignFile {
        themes = list(themes);
        demands = list(demands);
        stakeholders = list(stakeholders);
        relationships = list(relationships);
        members = list(members);
        interactions = list(interactions);
        press = list(press);
        positions = list(positions);
        commitments = list(commitments);
        milestones = list(milestones);
        followUps = list(followUps);
        trainings = list(trainings);
        testimonies = list(testimonies);
        mobilisations = list(mobilisations);
        outreach = list(outreach);
        stewardship = list(stewardship);
        access = list(access);
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    /**
     * {@code published}: when the public page was opened (null while closed); {@code doubleAskDays} is absent in
     * files written before campaigns had it.
     */
    public record CampaignData(String slug, String name, String objective, LocalDate deadline, String deadlineLabel,
                               String language, java.time.OffsetDateTime published, Integer doubleAskDays) {
    }

    /** A theme with its earlier wordings, oldest first. */
    public record ThemeData(String code, int position, String title, String description, LocalDate retiredOn,
                            List<ThemeWording> history) {
        public ThemeData {
            history = list(history);
        }
    }

    public record ThemeWording(int version, String code, int position, String title, String description,
                               LocalDate retiredOn, OffsetDateTime validFrom, OffsetDateTime validUntil) {
    }

    /** A demand with its earlier wordings, oldest first. */
    public record DemandData(int theme, String code, String title, String body, LocalDate retiredOn,
                             List<DemandWording> history) {
        public DemandData {
            history = list(history);
        }
    }

    public record DemandWording(int version, int theme, String code, String title, String body, LocalDate retiredOn,
                                OffsetDateTime validFrom, OffsetDateTime validUntil) {
    }

    /** A contact point; {@code value} is sealed. */
    public record ContactData(String kind, String value, String label, boolean primary) {
    }

    /** A stakeholder with contact points and earlier function, category, power and stance, oldest first. */
    public record StakeholderData(String kind, String name, String function, Integer organisation, String category,
                                  int power, int stance, String notes, List<ContactData> contacts,
                                  List<StakeholderState> history) {
        public StakeholderData {
            contacts = list(contacts);
            history = list(history);
        }
    }

    public record StakeholderState(int version, String function, Integer organisation, String category, int power,
                                   int stance, OffsetDateTime validFrom, OffsetDateTime validUntil) {
    }

    public record RelationshipData(int from, int to, String type, int strength, LocalDate since, LocalDate until,
                                   String source, String notes) {
    }

    /**
     * A member; {@code language}, {@code leftOn} and {@code contact} (sealed) are absent in files written before
     * members had them.
     */
    public record MemberData(String name, String kind, Integer organisation, String notes, String language,
                             LocalDate leftOn, String contact) {
    }

    /**
     * An interaction; {@code source} (the digest of an imported invitation's UID or e-mail's Message-ID) may be
     * absent. {@code status} (absent: by the date), {@code organisation} (absent: the coalition), who logged it and a
     * rejection are absent in files written before interactions had them.
     */
    public record InteractionData(String kind, LocalDate on, String title, String summary, String publicSummary,
                                  String outcome, String place, List<Integer> participants, List<Integer> attendees,
                                  List<Integer> demands, String source, String status, Integer organisation,
                                  Integer loggedByMember, Integer loggedByOrganisation,
                                  java.time.OffsetDateTime rejectedAt, String rejectionReason) {
        public InteractionData {
            participants = list(participants);
            attendees = list(attendees);
            demands = list(demands);
        }
    }

    public record PressData(String outlet, String medium, LocalDate on, String title, String url, String journalist,
                            Long reach, String tone, String summary, List<Integer> themes, List<Integer> demands,
                            List<Integer> quoted, List<Integer> testimonies, boolean published) {
        public PressData {
            themes = list(themes);
            demands = list(demands);
            quoted = list(quoted);
            testimonies = list(testimonies);
        }
    }

    public record PositionData(int stakeholder, int demand, String level, LocalDate statedOn, Integer interaction,
                               Integer pressItem, String document, String note, boolean published) {
    }

    public record CommitmentData(int stakeholder, String description, Integer demand, Integer interaction,
                                 LocalDate madeOn, LocalDate dueOn, LocalDate confirmationRequestedOn,
                                 LocalDate confirmationReceivedOn, String status, LocalDate statusChangedOn,
                                 boolean published, Integer owner) {
    }

    public record MilestoneData(String title, String description, LocalDate dueOn, Integer daysBeforeDeadline,
                                String status, LocalDate doneOn, List<Integer> dependsOn, boolean published) {
        public MilestoneData {
            dependsOn = list(dependsOn);
        }
    }

    /** {@code stakeholder} and {@code demand}: what the task is about, when it is about one. */
    public record FollowUpData(String title, Integer owner, LocalDate dueOn, LocalDate doneOn, Integer interaction,
                               Integer stakeholder, Integer demand) {
    }

    public record TrainingData(String title, LocalDate heldOn, List<String> topics, String trainer,
                               List<Integer> attendees) {
        public TrainingData {
            topics = list(topics);
            attendees = list(attendees);
        }
    }

    /**
     * A petition, joint appeal or letter campaign with its counts (running totals, oldest first); its delivery
     * ({@code deliveredTo}: a stakeholder ref, {@code response}: an interaction ref) when it was handed over.
     */
    public record MobilisationData(String title, String kind, LocalDate launchedOn, List<Integer> demands,
                                   List<Integer> targets, List<CountData> counts, LocalDate deliveredOn,
                                   Integer deliveredTo, Integer response, boolean published) {
        public MobilisationData {
            demands = list(demands);
            targets = list(targets);
            counts = list(counts);
        }
    }

    public record CountData(LocalDate on, int count) {
    }

    /** A press send: {@code journalists} are stakeholder refs, {@code press} the refs of the items it led to. */
    public record OutreachData(String kind, LocalDate sentOn, String title, OffsetDateTime embargoUntil,
                               List<Integer> demands, List<Integer> journalists, List<String> outlets,
                               List<String> attachments, List<Integer> press) {
        public OutreachData {
            demands = list(demands);
            journalists = list(journalists);
            outlets = list(outlets);
            attachments = list(attachments);
            press = list(press);
        }
    }

    /** A testimony; {@code story} is sealed, and so is every field of its identity. */
    public record TestimonyData(String pseudonym, String story, LocalDate collectedOn, Integer collectedBy,
                                List<Integer> demands, List<Integer> themes, List<ConsentData> consents,
                                IdentityData identity) {
        public TestimonyData {
            demands = list(demands);
            themes = list(themes);
            consents = list(consents);
        }
    }

    public record ConsentData(String use, String naming, LocalDate givenOn, LocalDate expiresOn,
                              LocalDate withdrawnOn, String recordedBy) {
    }

    /** Who the witness is: every value sealed, any may be null. */
    public record IdentityData(String fullName, String contact, String notes) {
        @Override
        public String toString() {
            return "IdentityData[sealed]";
        }
    }

    /** Who holds the relationship with a stakeholder (a member ref, or null) and its cadence in days (or null). */
    public record StewardshipData(int stakeholder, Integer owner, Integer cadenceDays) {
    }

    /** One access rating of a stakeholder, 1 to 5, on a day, with its evidence (free text, team only). */
    public record AccessData(int stakeholder, int score, LocalDate on, String evidence) {
    }
}
