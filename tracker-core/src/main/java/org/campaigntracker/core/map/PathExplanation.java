package org.campaigntracker.core.map;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import org.campaigntracker.core.common.Messages;

/** A route in words: "Secours catholique → knows → X → reports to → Nicolas Grivel (CNAF); last contact …". */
public final class PathExplanation {

    private PathExplanation() {
    }

    public static String explain(InfluencePaths.Path path, Map<Long, String> labels, Map<Long, LocalDate> lastContact,
                                 LocalDate today, Locale locale) {
        StringBuilder sb = new StringBuilder(labels.get(path.sourceId()));
        for (InfluencePaths.Hop hop : path.hops()) {
            String verb = Messages.format(locale, "relationship." + hop.relationship().type().name());
            sb.append(hop.forward() ? " → " + verb + " → " : " ← " + verb + " ← ").append(labels.get(hop.toId()));
        }
        // The door we would knock on: the first person the route reaches.
        long door = path.hops().get(0).toId();
        LocalDate last = lastContact.get(door);
        String contact = last == null
                ? Messages.format(locale, "path.never_contacted", labels.get(door))
                : Messages.format(locale, "path.last_contact", labels.get(door), ChronoUnit.DAYS.between(last, today));
        return sb.append("; ").append(contact).toString();
    }
}
