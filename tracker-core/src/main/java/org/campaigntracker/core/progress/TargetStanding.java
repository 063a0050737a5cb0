package org.campaigntracker.core.progress;

import java.time.LocalDate;
import org.campaigntracker.core.position.PositionLevel;
import org.campaigntracker.core.progress.DemandProgress.InteractionEvidence;
import org.campaigntracker.core.progress.DemandProgress.PressEvidence;

/**
 * Where one direct target stands on one demand, and what shows it.
 *
 * <p>Partners must not learn who a person is from the dashboard: an organisation is shown by its name, but a person
 * only by {@code function} and {@code organisation} ("Directeur général", "CNAF"); {@code name} is null for people.
 * The role, not the individual, is what a partner's dashboard needs.
 *
 * @param since            the date of the current statement
 * @param evidenceDocument a reference to a letter or a public document, when the statement cites one
 */
public record TargetStanding(long stakeholderId, String kind, String name, String function, String organisation,
                             PositionLevel level, LocalDate since, InteractionEvidence interaction,
                             PressEvidence pressItem, String evidenceDocument) {

    /** The public face of a target: a person loses their name here, whatever the caller's role. */
    static TargetStanding of(ProgressRepository.Target target, PositionLevel level, LocalDate since,
                             InteractionEvidence interaction, PressEvidence pressItem, String document) {
        boolean person = "person".equals(target.kind());
        return new TargetStanding(target.id(), target.kind(), person ? null : target.name(), target.function(),
                target.organisation(), level, since, interaction, pressItem, document);
    }
}
