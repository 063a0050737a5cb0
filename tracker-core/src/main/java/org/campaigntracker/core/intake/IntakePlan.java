package org.campaigntracker.core.intake;

import java.util.ArrayList;
import java.util.List;
import org.campaigntracker.core.intake.PlannedInteraction.Outcome;

/** Every event and message of an import, in file order, and what happens to each. */
public record IntakePlan(List<PlannedInteraction> items) {

    public IntakePlan {
        items = List.copyOf(items);
    }

    /**
     * The people nobody matched, each once, in the order they first appear; those of events already imported do not
     * count, since nothing will be logged with them.
     */
    public List<Person> unmatched() {
        List<Person> all = new ArrayList<>();
        for (PlannedInteraction item : items) {
            if (item.outcome() == Outcome.ALREADY_IMPORTED || item.outcome() == Outcome.REPEATED) {
                continue;
            }
            for (Person p : item.unmatched()) {
                if (all.stream().noneMatch(p::samePerson)) {
                    all.add(p);
                }
            }
        }
        return all;
    }

    public long count(Outcome outcome) {
        return items.stream().filter(i -> i.outcome() == outcome).count();
    }
}
