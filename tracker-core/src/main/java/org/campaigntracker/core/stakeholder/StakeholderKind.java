package org.campaigntracker.core.stakeholder;

/** A stakeholder is a person or an organisation; only an organisation can have people as members. */
public enum StakeholderKind {
    person,
    organisation
}
