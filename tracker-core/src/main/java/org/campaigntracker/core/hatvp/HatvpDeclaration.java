package org.campaigntracker.core.hatvp;

import java.time.LocalDate;
import java.util.List;

/**
 * One year of lobbying actions in the structure of the register's activity declaration. Nothing here names a
 * person: officials appear by category, interactions by date, type and the demands they concerned.
 *
 * @param subject          the "objet" of the activity: what the coalition sought to influence
 * @param policyAreas      the "domaines d'intervention"
 * @param decisions        the public decisions concerned
 * @param officials        the categories of officials the coalition communicated with, in register order
 * @param actionTypes      the types of action carried out, in register order
 * @param actions          each declared action, oldest first
 */
public record HatvpDeclaration(int year, String subject, List<String> policyAreas, List<Decision> decisions,
                               List<OfficialCategory> officials, List<ActionType> actionTypes,
                               List<Action> actions) {

    public HatvpDeclaration {
        policyAreas = List.copyOf(policyAreas);
        decisions = List.copyOf(decisions);
        officials = List.copyOf(officials);
        actionTypes = List.copyOf(actionTypes);
        actions = List.copyOf(actions);
    }

    /** A public decision concerned: a law, a regulatory act, or another decision (a convention such as the COG). */
    public record Decision(DecisionType type, String description) {
    }

    public enum DecisionType {
        LAW, REGULATION, OTHER;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One communication at the coalition's initiative with at least one public official. */
    public record Action(LocalDate on, ActionType type, List<OfficialCategory> officials, List<String> demandCodes) {
        public Action {
            officials = List.copyOf(officials);
            demandCodes = List.copyOf(demandCodes);
        }
    }
}
