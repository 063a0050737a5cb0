package org.campaigntracker.cli.remote;

import java.time.LocalDate;
import java.util.List;
import org.campaigntracker.api.plan.FollowUpRepresentation;
import org.campaigntracker.api.plan.MilestoneRepresentation;
import org.campaigntracker.core.plan.FollowUp;
import org.campaigntracker.core.plan.FollowUpDraft;
import org.campaigntracker.core.plan.FollowUps;
import org.campaigntracker.core.plan.Milestone;
import org.campaigntracker.core.plan.MilestoneDraft;
import org.campaigntracker.core.plan.MilestoneStatus;
import org.campaigntracker.core.plan.PlanEntry;
import org.campaigntracker.core.plan.Plans;
import org.campaigntracker.core.plan.RetroPlan;

/**
 * Milestones ({@code …/milestones}) and follow-ups ({@code …/follow-ups}) through the API. Marking one done is an update
 * of it as read, guarded by the version the command read; the retro-plan is core's calculation over the milestones and
 * the deadline the server gives.
 */
final class RemotePlan {

    private RemotePlan() {
    }

    static final class Milestones implements Plans {
        private final RemoteSession session;

        Milestones(RemoteSession session) {
            this.session = session;
        }

        @Override
        public Milestone add(long campaignId, MilestoneDraft draft) {
            return session.api().send("POST", session.path(campaignId, "/milestones"),
                    MilestoneRepresentation.of(draft), null, MilestoneRepresentation.class).toDomain(campaignId);
        }

        @Override
        public Milestone markDone(long campaignId, long milestoneId, int expectedVersion, LocalDate on) {
            MilestoneDraft d = milestone(campaignId, milestoneId).toDraft();
            return session.api().send("PUT", session.path(campaignId, "/milestones/" + milestoneId),
                    MilestoneRepresentation.of(new MilestoneDraft(d.title(), d.description(), d.dueOn(),
                            d.daysBeforeDeadline(), MilestoneStatus.done, on, d.dependsOn())), expectedVersion,
                    MilestoneRepresentation.class).toDomain(campaignId);
        }

        @Override
        public Milestone milestone(long campaignId, long milestoneId) {
            return session.api().get(session.path(campaignId, "/milestones/" + milestoneId),
                    MilestoneRepresentation.class).toDomain(campaignId);
        }

        @Override
        public List<Milestone> milestones(long campaignId) {
            return session.api().list(session.path(campaignId, "/milestones"), MilestoneRepresentation.class)
                    .stream().map(m -> m.toDomain(campaignId)).toList();
        }

        @Override
        public List<PlanEntry> plan(long campaignId, LocalDate today) {
            return RetroPlan.plan(milestones(campaignId), session.campaign(campaignId).deadline(), today);
        }
    }

    static final class Tasks implements FollowUps {
        private final RemoteSession session;

        Tasks(RemoteSession session) {
            this.session = session;
        }

        @Override
        public FollowUp add(long campaignId, FollowUpDraft draft) {
            return session.api().send("POST", session.path(campaignId, "/follow-ups"), FollowUpRepresentation.of(draft),
                    null, FollowUpRepresentation.class).toDomain(campaignId);
        }

        @Override
        public FollowUp done(long campaignId, long followUpId, int expectedVersion, LocalDate on) {
            return session.api().send("PUT", session.path(campaignId, "/follow-ups/" + followUpId),
                    FollowUpRepresentation.of(followUp(campaignId, followUpId).toDraft().withDoneOn(on)),
                    expectedVersion, FollowUpRepresentation.class).toDomain(campaignId);
        }

        @Override
        public FollowUp followUp(long campaignId, long followUpId) {
            return session.api().get(session.path(campaignId, "/follow-ups/" + followUpId),
                    FollowUpRepresentation.class).toDomain(campaignId);
        }

        @Override
        public List<FollowUp> list(long campaignId, boolean openOnly) {
            return session.api().list(session.path(campaignId, "/follow-ups?open=" + openOnly),
                    FollowUpRepresentation.class).stream().map(f -> f.toDomain(campaignId)).toList();
        }
    }
}
