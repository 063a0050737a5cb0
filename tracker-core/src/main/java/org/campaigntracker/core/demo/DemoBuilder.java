package org.campaigntracker.core.demo;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.demand.Demand;
import org.campaigntracker.core.demand.DemandDraft;
import org.campaigntracker.core.demand.Theme;
import org.campaigntracker.core.demand.ThemeDraft;
import org.campaigntracker.core.member.MemberDraft;
import org.campaigntracker.core.member.MemberKind;
import org.campaigntracker.core.stakeholder.RelationshipDraft;
import org.campaigntracker.core.stakeholder.RelationshipType;
import org.campaigntracker.core.stakeholder.StakeholderCategory;
import org.campaigntracker.core.stakeholder.StakeholderDraft;
import org.campaigntracker.core.stakeholder.StakeholderKind;

/** Short calls for writing a campaign's data by name; ids are remembered so later records can refer to them. */
final class DemoBuilder {

    final Tracker tracker;
    final long campaignId;
    private final Map<String, Long> stakeholders = new HashMap<>();
    private final Map<String, Long> members = new HashMap<>();
    private final Map<String, Theme> themes = new HashMap<>();
    private final Map<String, Long> demands = new HashMap<>();

    DemoBuilder(Tracker tracker, long campaignId) {
        this.tracker = tracker;
        this.campaignId = campaignId;
    }

    Theme theme(String code, String title, String description) {
        Theme t = tracker.demands().addTheme(campaignId, new ThemeDraft(code, null, title, description, null));
        themes.put(code, t);
        return t;
    }

    Demand demand(String code, String title, String body) {
        Theme theme = themes.get(code.substring(0, code.indexOf('.')));
        Demand d = tracker.demands().addDemand(campaignId, new DemandDraft(theme.id(), code, title, body, null));
        demands.put(code, d.id());
        return d;
    }

    long org(String name, StakeholderCategory category, int power, int stance, String notes) {
        return stakeholder(name, new StakeholderDraft(StakeholderKind.organisation, name, null, null, category,
                power, stance, notes));
    }

    long person(String name, String function, String organisation, StakeholderCategory category, int power,
                int stance, String notes) {
        Long orgId = organisation == null ? null : id(organisation);
        return stakeholder(name, new StakeholderDraft(StakeholderKind.person, name, function, orgId, category, power,
                stance, notes));
    }

    private long stakeholder(String key, StakeholderDraft draft) {
        long id = tracker.stakeholders().add(campaignId, draft).id();
        stakeholders.put(key, id);
        return id;
    }

    void link(String from, RelationshipType type, String to, int strength, LocalDate since, String source) {
        tracker.relationships().add(campaignId, new RelationshipDraft(id(from), id(to), type, strength, since, null,
                source, null));
    }

    long member(String name, MemberKind kind, String organisation) {
        long id = tracker.members().add(campaignId, new MemberDraft(name, kind,
                organisation == null ? null : id(organisation), null)).id();
        members.put(name, id);
        return id;
    }

    long id(String stakeholder) {
        Long id = stakeholders.get(stakeholder);
        if (id == null) {
            throw new IllegalStateException("demo data names an unknown stakeholder: " + stakeholder);
        }
        return id;
    }

    List<Long> ids(String... stakeholderNames) {
        return Arrays.stream(stakeholderNames).map(this::id).toList();
    }

    List<Long> memberIds(String... names) {
        return Arrays.stream(names).map(n -> {
            Long id = members.get(n);
            if (id == null) {
                throw new IllegalStateException("demo data names an unknown member: " + n);
            }
            return id;
        }).toList();
    }

    long memberId(String name) {
        return memberIds(name).get(0);
    }

    long demandId(String code) {
        return demands.get(code);
    }

    List<Long> demandIds(String... codes) {
        return Arrays.stream(codes).map(this::demandId).toList();
    }

    long themeId(String code) {
        return themes.get(code).id();
    }
}
