package org.campaigntracker.core.publish;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;

/**
 * What a campaign makes public: when its page was opened (null while closed) and, per kind, the ids marked public
 * in ascending order.
 */
public record Publication(OffsetDateTime publishedAt, Map<PublicKind, Set<Long>> marked) {

    public Publication {
        marked = Map.copyOf(marked);
    }

    public boolean published() {
        return publishedAt != null;
    }
}
