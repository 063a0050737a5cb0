package org.campaigntracker.core.transfer;

import java.time.LocalDate;
import java.util.List;

/**
 * A whole campaign as a portable document. Every list is in the order records were created, and a {@code ref} is
 * a record's 1-based position in its list; references between records use those refs, never database ids.
 * Testimonies, trainings, API tokens and the wording history of themes and demands are not part of it.
 */
public record CampaignFile(int format, CampaignData campaign, List<ThemeData> themes, List<DemandData> demands,
                           List<StakeholderData> stakeholders, List<RelationshipData> relationships,
                           List<MemberData> members, List<InteractionData> interactions, List<PressData> press,
                           List<PositionData> positions, List<CommitmentData> commitments,
                           List<MilestoneData> milestones, List<FollowUpData> followUps) {

    public static final int FORMAT = 1;

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
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    public record CampaignData(String slug, String name, String objective, LocalDate deadline, String deadlineLabel,
                               String language) {
    }

    public record ThemeData(String code, int position, String title, String description, LocalDate retiredOn) {
    }

    public record DemandData(int theme, String code, String title, String body, LocalDate retiredOn) {
    }

    public record ContactData(String kind, String value, String label, boolean primary) {
    }

    public record StakeholderData(String kind, String name, String function, Integer organisation, String category,
                                  int power, int stance, String notes, List<ContactData> contacts) {
        public StakeholderData {
            contacts = list(contacts);
        }
    }

    public record RelationshipData(int from, int to, String type, int strength, LocalDate since, LocalDate until,
                                   String source, String notes) {
    }

    public record MemberData(String name, String kind, Integer organisation, String notes) {
    }

    public record InteractionData(String kind, LocalDate on, String title, String summary, String publicSummary,
                                  String outcome, String place, List<Integer> participants, List<Integer> attendees,
                                  List<Integer> demands) {
        public InteractionData {
            participants = list(participants);
            attendees = list(attendees);
            demands = list(demands);
        }
    }

    public record PressData(String outlet, String medium, LocalDate on, String title, String url, String journalist,
                            Long reach, String tone, String summary, List<Integer> themes, List<Integer> demands,
                            List<Integer> quoted) {
        public PressData {
            themes = list(themes);
            demands = list(demands);
            quoted = list(quoted);
        }
    }

    public record PositionData(int stakeholder, int demand, String level, LocalDate statedOn, Integer interaction,
                               Integer pressItem, String document, String note) {
    }

    public record CommitmentData(int stakeholder, String description, Integer demand, Integer interaction,
                                 LocalDate madeOn, LocalDate dueOn, LocalDate confirmationRequestedOn,
                                 LocalDate confirmationReceivedOn, String status, LocalDate statusChangedOn) {
    }

    public record MilestoneData(String title, String description, LocalDate dueOn, Integer daysBeforeDeadline,
                                String status, LocalDate doneOn, List<Integer> dependsOn) {
        public MilestoneData {
            dependsOn = list(dependsOn);
        }
    }

    public record FollowUpData(String title, Integer owner, LocalDate dueOn, LocalDate doneOn, Integer interaction) {
    }
}
