package org.campaigntracker.core.testimony;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every consent recorded for one testimony, oldest first; renewals add rows rather than change them. */
public record Consents(List<Consent> all) {

    public Consents {
        all = List.copyOf(all);
    }

    /** True when some consent for this use holds on that day. */
    public boolean allows(ConsentUse use, LocalDate on) {
        return all.stream().anyMatch(c -> c.allows(use, on));
    }

    /** How the person may be named for this use on that day: the latest consent that holds decides. */
    public Optional<NamingRule> naming(ConsentUse use, LocalDate on) {
        return all.stream().filter(c -> c.allows(use, on))
                .max(Comparator.comparing(Consent::givenOn).thenComparingLong(Consent::id))
                .map(Consent::naming);
    }
}
