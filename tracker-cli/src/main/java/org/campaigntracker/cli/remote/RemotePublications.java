package org.campaigntracker.cli.remote;

import java.time.OffsetDateTime;
import org.campaigntracker.api.publish.PublicationRepresentation;
import org.campaigntracker.api.publish.PublicationResource;
import org.campaigntracker.core.publish.PublicKind;
import org.campaigntracker.core.publish.Publications;

/** The public page through the API ({@code …/publication}): open or close it, mark rows public or private. */
final class RemotePublications implements Publications {

    private final RemoteSession session;

    RemotePublications(RemoteSession session) {
        this.session = session;
    }

    @Override
    public void mark(long campaignId, PublicKind kind, long id, boolean value) {
        String path = session.path(campaignId, "/publication/" + PublicationResource.pathOf(kind) + "/" + id);
        if (value) {
            session.api().send("PUT", path, null, null, Void.class);
        } else {
            session.api().delete(path, null);
        }
    }

    @Override
    public OffsetDateTime publish(long campaignId) {
        return open(campaignId, true).publishedAt();
    }

    @Override
    public void unpublish(long campaignId) {
        open(campaignId, false);
    }

    private PublicationRepresentation open(long campaignId, boolean published) {
        return session.api().send("PUT", session.path(campaignId, "/publication"),
                new PublicationRepresentation.Opening(published), null, PublicationRepresentation.class);
    }
}
