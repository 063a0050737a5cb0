package org.campaigntracker.core.stakeholder;

/** How a stakeholder can be reached. */
public enum ContactKind {
    email,
    phone,
    address,
    website,
    other
}
