package org.campaigntracker.core.publish;

import java.time.OffsetDateTime;

/**
 * What a front door asks of the public accountability page: {@link PublishService} answers over the database, the
 * CLI's remote mode over the HTTP API.
 */
public interface Publications {

    /** Marks one position, commitment, press item, milestone or mobilisation public (or private again). */
    void mark(long campaignId, PublicKind kind, long id, boolean value);

    /** Opens the public page; opening it again keeps the first date, which this returns. */
    OffsetDateTime publish(long campaignId);

    void unpublish(long campaignId);
}
