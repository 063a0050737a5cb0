package org.campaigntracker.core.member;

/** The part a member plays on our side of the campaign. */
public enum MemberKind {
    coordinator,
    volunteer,
    partner_staff,
    beneficiary,
    adviser
}
