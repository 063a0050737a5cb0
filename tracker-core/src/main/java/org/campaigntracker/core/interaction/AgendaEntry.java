package org.campaigntracker.core.interaction;

import java.util.List;

/**
 * A planned interaction on the coalition's agenda, with the name of the organisation that goes (null: the coalition)
 * and the other organisations' interactions with the same targets within the campaign's double-ask window.
 */
public record AgendaEntry(Interaction interaction, String organisation, List<DoubleAsk> doubleAsks) {

    public AgendaEntry {
        doubleAsks = List.copyOf(doubleAsks);
    }
}
