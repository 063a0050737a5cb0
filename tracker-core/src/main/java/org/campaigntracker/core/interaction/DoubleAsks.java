package org.campaigntracker.core.interaction;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Which of the nearby interactions make a double ask with one interaction: pure, so the rule is tested alone. */
final class DoubleAsks {

    private DoubleAsks() {
    }

    /**
     * Those of {@code near} made by another organisation (the coalition counts as one), sharing a participant, not
     * cancelled nor rejected, at most {@code days} apart; nearest first.
     */
    static List<DoubleAsk> between(Interaction one, List<Interaction> near, int days, Map<Long, String> names) {
        List<DoubleAsk> found = new ArrayList<>();
        for (Interaction other : near) {
            if (other.id() == one.id() || Objects.equals(other.organisationId(), one.organisationId())
                    || other.status() == InteractionStatus.CANCELLED || other.rejected()) {
                continue;
            }
            long apart = Math.abs(ChronoUnit.DAYS.between(one.occurredOn(), other.occurredOn()));
            List<Long> shared = other.participantIds().stream().filter(one.participantIds()::contains).toList();
            if (apart <= days && !shared.isEmpty()) {
                found.add(new DoubleAsk(other.id(), other.organisationId(),
                        other.organisationId() == null ? null : names.get(other.organisationId()),
                        other.occurredOn(), other.status(), shared, (int) apart));
            }
        }
        found.sort(java.util.Comparator.comparingInt(DoubleAsk::daysApart).thenComparing(DoubleAsk::on));
        return found;
    }
}
