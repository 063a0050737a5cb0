package org.campaigntracker.core.interaction;

import java.time.LocalDate;
import java.util.List;

/**
 * What a front door asks of a campaign's contact log: {@link InteractionService} answers over the database, the CLI's
 * remote mode over the HTTP API (where the server, not the caller, says who logged an interaction).
 */
public interface Interactions {

    Interaction log(long campaignId, InteractionDraft draft, LoggedBy by);

    Interaction update(long campaignId, long interactionId, int expectedVersion, InteractionDraft draft);

    /** Takes a partner's interaction out of every count, with the reason the partner will read. */
    Interaction reject(long campaignId, long interactionId, int expectedVersion, String reason);

    Interaction reinstate(long campaignId, long interactionId, int expectedVersion);

    /** Other organisations' meetings with the same people within the campaign's window: possible double asks. */
    List<DoubleAsk> doubleAsks(long campaignId, Interaction interaction);

    /** The planned interactions from {@code from} to {@code to}, soonest first, each with its double asks. */
    List<AgendaEntry> agenda(long campaignId, LocalDate from, LocalDate to);

    Interaction get(long campaignId, long interactionId);

    /** Newest first (date, then id, descending). */
    List<Interaction> list(long campaignId, InteractionFilter filter, Page page);
}
