package org.campaigntracker.cli.remote;

import java.util.List;
import org.campaigntracker.core.campaign.Campaigns;

/** The ports a command may use in remote mode, each over the session's API client. */
public final class RemoteServices {

    private RemoteServices() {
    }

    /** The token's campaigns, for choosing the run's campaign. */
    public static Campaigns campaigns(RemoteSession session) {
        return new RemoteCampaigns(session);
    }

    public static List<Object> of(RemoteSession session) {
        return List.of(new RemoteCampaigns(session), new RemoteStakeholders(session), new RemoteDemands(session),
                new RemoteMembers(session), new RemoteInteractions(session), new RemotePositions(session),
                new RemoteCommitments(session), new RemoteTokens(session),
                new RemoteStakeholderDetails.Contacts(session), new RemoteStakeholderDetails.Links(session),
                new RemoteStakeholderDetails.Stewards(session), new RemoteStakeholderDetails.InSequence(),
                new RemotePress.Items(session), new RemotePress.Sends(session), new RemoteReports.Status(session),
                new RemoteReports.Ledger(session), new RemoteReports.Coverage(session), new RemotePlan.Milestones(session),
                new RemotePlan.Tasks(session), new RemoteCalendar(session), new RemoteTestimonies(session),
                new RemoteTestimonies.ServerAudits(), new RemoteTrainings(session),
                new RemoteMobilisations(session), new RemotePublications(session),
                new RemoteMaps(session),
                new RemoteDocuments.Briefing(session), new RemoteDocuments.Resource(session),
                new RemoteHatvp(session), new RemoteDigests(session));
    }
}
