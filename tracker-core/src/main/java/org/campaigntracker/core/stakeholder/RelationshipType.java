package org.campaigntracker.core.stakeholder;

/** The nature of a link between two stakeholders, read "from … to" (Nicolas Grivel works_for CNAF). */
public enum RelationshipType {
    works_for,
    member_of,
    reports_to,
    influences,
    knows,
    funds,
    advises,
    allied_with,
    opposes
}
