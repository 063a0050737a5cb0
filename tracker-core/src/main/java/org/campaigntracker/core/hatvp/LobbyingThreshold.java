package org.campaigntracker.core.hatvp;

import java.time.LocalDate;

/**
 * Where the campaign stands against the registration threshold on {@code asOf}: décret n° 2017-867, art. 1, makes
 * an organisation a lobbyist ("représentant d'intérêts") when one of its people communicates with public officials
 * at their own initiative at least ten times over the last twelve months.
 *
 * @param actions communications at the coalition's initiative with officials from {@code since} to {@code asOf}
 */
public record LobbyingThreshold(LocalDate since, LocalDate asOf, int actions) {

    public static final int THRESHOLD = 10;
    /** From this many actions the status warns that the threshold is near. */
    public static final int WARN_FROM = 8;

    public boolean reached() {
        return actions >= THRESHOLD;
    }

    public boolean near() {
        return !reached() && actions >= WARN_FROM;
    }
}
