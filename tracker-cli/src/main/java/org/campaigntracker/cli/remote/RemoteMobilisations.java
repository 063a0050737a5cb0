package org.campaigntracker.cli.remote;

import java.util.List;
import org.campaigntracker.api.mobilisation.CountsBody;
import org.campaigntracker.api.mobilisation.MobilisationRepresentation;
import org.campaigntracker.core.mobilisation.CountsCsv;
import org.campaigntracker.core.mobilisation.Delivery;
import org.campaigntracker.core.mobilisation.Mobilisation;
import org.campaigntracker.core.mobilisation.MobilisationCount;
import org.campaigntracker.core.mobilisation.MobilisationDraft;
import org.campaigntracker.core.mobilisation.MobilisationService;
import org.campaigntracker.core.mobilisation.Mobilisations;

/**
 * Mobilisations through the API ({@code …/mobilisations}, its counts and delivery). A platform's CSV export is read
 * here first, with core's reader, so a bad line is named as locally before anything is sent; the server reads it again
 * and takes all of it or none.
 */
final class RemoteMobilisations implements Mobilisations {

    private final RemoteSession session;

    RemoteMobilisations(RemoteSession session) {
        this.session = session;
    }

    @Override
    public Mobilisation add(long campaignId, MobilisationDraft draft, Long firstCount) {
        return session.api().send("POST", session.path(campaignId, "/mobilisations"),
                MobilisationRepresentation.of(draft, firstCount), null, MobilisationRepresentation.class)
                .toDomain(campaignId);
    }

    @Override
    public Mobilisation count(long campaignId, long id, int expectedVersion, MobilisationCount count) {
        return counts(campaignId, id, expectedVersion, new CountsBody(count.countedOn(), (long) count.count(), null));
    }

    @Override
    public MobilisationService.Imported importCounts(long campaignId, long id, int expectedVersion, String csv,
                                                     String source) {
        CountsCsv.Result read = CountsCsv.read(csv, source);
        return new MobilisationService.Imported(counts(campaignId, id, expectedVersion, new CountsBody(null, null, csv)),
                read);
    }

    @Override
    public Mobilisation deliver(long campaignId, long id, int expectedVersion, Delivery delivery) {
        return session.api().send("POST", session.path(campaignId, "/mobilisations/" + id + "/delivery"),
                new MobilisationRepresentation.DeliveryRepresentation(delivery.on(), delivery.toId(),
                        delivery.responseInteractionId()), expectedVersion, MobilisationRepresentation.class)
                .toDomain(campaignId);
    }

    @Override
    public List<Mobilisation> list(long campaignId) {
        return session.api().list(session.path(campaignId, "/mobilisations"), MobilisationRepresentation.class)
                .stream().map(m -> m.toDomain(campaignId)).toList();
    }

    private Mobilisation counts(long campaignId, long id, int expectedVersion, CountsBody body) {
        return session.api().send("POST", session.path(campaignId, "/mobilisations/" + id + "/counts"), body,
                expectedVersion, MobilisationRepresentation.class).toDomain(campaignId);
    }
}
