package org.campaigntracker.core.publish;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.campaigntracker.core.publish.PublicView.CommitmentView;
import org.campaigntracker.core.publish.PublicView.PositionView;

/**
 * One entry of the public feed, derived from the public view alone: a commitment made, its written confirmation
 * received, it falling late, its closing (kept, broken, withdrawn), or a position stated.
 *
 * @param key a stable name of the event inside its campaign ("commitment-3-kept"): the feed entry's id
 */
public record PublicEvent(String key, LocalDate on, Type type, CommitmentView commitment, PositionView position) {

    public enum Type {
        commitment_made, confirmation_received, commitment_late, commitment_kept, commitment_broken,
        commitment_withdrawn, position_stated
    }

    /** Newest first; on the same day, in the order the events happen to a commitment. */
    public static List<PublicEvent> of(PublicView view) {
        List<PublicEvent> events = new ArrayList<>();
        for (CommitmentView c : view.commitments()) {
            events.add(commitment(c, "made", c.madeOn(), Type.commitment_made));
            if (c.confirmationReceivedOn() != null) {
                events.add(commitment(c, "confirmed", c.confirmationReceivedOn(), Type.confirmation_received));
            }
            if (c.dueOn() != null && c.dueOn().isBefore(view.today())
                    && (c.status() == PublicStatus.late || c.statusChangedOn() != null
                        && c.statusChangedOn().isAfter(c.dueOn()))) {
                events.add(commitment(c, "late", c.dueOn().plusDays(1), Type.commitment_late));
            }
            if (c.statusChangedOn() != null) {
                Type closed = Type.valueOf("commitment_" + c.status().name());
                events.add(commitment(c, c.status().name(), c.statusChangedOn(), closed));
            }
        }
        for (PositionView p : view.positions()) {
            events.add(new PublicEvent("position-" + p.id(), p.statedOn(), Type.position_stated, null, p));
        }
        events.sort(Comparator.comparing(PublicEvent::on).thenComparing(e -> e.type().ordinal())
                .thenComparing(PublicEvent::key).reversed());
        return events;
    }

    private static PublicEvent commitment(CommitmentView c, String what, LocalDate on, Type type) {
        return new PublicEvent("commitment-" + c.id() + "-" + what, on, type, c, null);
    }
}
