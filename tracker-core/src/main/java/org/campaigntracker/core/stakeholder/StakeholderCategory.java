package org.campaigntracker.core.stakeholder;

/** The role a stakeholder plays for the campaign, as drawn on the stakeholder map. */
public enum StakeholderCategory {
    direct_target,
    intermediate_target,
    ally,
    coalition_member,
    media,
    opponent,
    neutral
}
