package org.campaigntracker.cli.remote;

import java.util.List;
import org.campaigntracker.api.access.TokenRepresentation;
import org.campaigntracker.core.access.ApiToken;
import org.campaigntracker.core.access.Tokens;
import org.campaigntracker.core.campaign.Campaign;

/** The campaign's tokens through the API ({@code …/tokens}, coordinators): read only, secrets never included. */
final class RemoteTokens implements Tokens {

    private final RemoteSession session;

    RemoteTokens(RemoteSession session) {
        this.session = session;
    }

    /** The token's campaign's; a token reaches no other campaign, so null means the same. */
    @Override
    public List<ApiToken> list(Long campaignId) {
        Campaign campaign = campaignId == null ? session.campaigns().get(0) : session.campaign(campaignId);
        return session.api().list(session.path(campaign.id(), "/tokens"), TokenRepresentation.class).stream()
                .map(t -> t.toDomain(campaign.id(), campaign.slug())).toList();
    }
}
