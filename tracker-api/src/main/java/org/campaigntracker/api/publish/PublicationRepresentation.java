package org.campaigntracker.api.publish;

import java.time.OffsetDateTime;
import java.util.List;
import org.campaigntracker.core.publish.PublicKind;
import org.campaigntracker.core.publish.Publication;

/**
 * What is public in a campaign: whether and since when its page is open, its address, and the ids marked public
 * per collection.
 */
public record PublicationRepresentation(boolean published, OffsetDateTime publishedAt, String address,
                                        List<Long> positions, List<Long> commitments, List<Long> pressItems,
                                        List<Long> milestones, List<Long> mobilisations) {

    static PublicationRepresentation of(String slug, Publication p) {
        return new PublicationRepresentation(p.published(), p.publishedAt(), "/p/" + slug,
                List.copyOf(p.marked().get(PublicKind.position)), List.copyOf(p.marked().get(PublicKind.commitment)),
                List.copyOf(p.marked().get(PublicKind.press)), List.copyOf(p.marked().get(PublicKind.milestone)),
                List.copyOf(p.marked().get(PublicKind.mobilisation)));
    }

    /** The body of {@code PUT …/publication}. */
    public record Opening(Boolean published) {
    }
}
