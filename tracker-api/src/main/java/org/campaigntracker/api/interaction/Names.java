package org.campaigntracker.api.interaction;

import java.util.HashMap;
import java.util.Map;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.member.MemberService;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.StakeholderService;

/**
 * Names of the organisations and members a page of interactions refers to, looked up once per request: a page
 * names the same few organisations again and again.
 */
final class Names {

    private final long campaignId;
    private final StakeholderService stakeholders;
    private final MemberService members;
    private final Map<Long, Stakeholder> stakeholderById = new HashMap<>();
    private final Map<Long, String> memberById = new HashMap<>();

    /** Knows no name: for a view that has no services at hand (a stakeholder card); names come out null. */
    static final Names NONE = new Names(0, null, null);

    Names(long campaignId, StakeholderService stakeholders, MemberService members) {
        this.campaignId = campaignId;
        this.stakeholders = stakeholders;
        this.members = members;
    }

    /** Null for null (the coalition) and for a stakeholder deleted in between. */
    Stakeholder stakeholder(Long id) {
        if (id == null || stakeholders == null) {
            return null;
        }
        return stakeholderById.computeIfAbsent(id, k -> {
            try {
                return stakeholders.get(campaignId, k);
            } catch (NotFoundException gone) {
                return null;
            }
        });
    }

    String organisation(Long id) {
        Stakeholder s = stakeholder(id);
        return s == null ? null : s.name();
    }

    String member(Long id) {
        if (id == null || members == null) {
            return null;
        }
        return memberById.computeIfAbsent(id, k -> {
            try {
                return members.get(campaignId, k).displayName();
            } catch (NotFoundException gone) {
                return null;
            }
        });
    }
}
