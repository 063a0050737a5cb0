package org.campaigntracker.api;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.core.access.TokenOwner;
import org.campaigntracker.core.campaign.CampaignDraft;
import org.campaigntracker.core.commitment.CommitmentDraft;
import org.campaigntracker.core.demand.DemandDraft;
import org.campaigntracker.core.demand.ThemeDraft;
import org.campaigntracker.core.interaction.InteractionDraft;
import org.campaigntracker.core.interaction.InteractionKind;
import org.campaigntracker.core.member.MemberDraft;
import org.campaigntracker.core.member.MemberKind;
import org.campaigntracker.core.mobilisation.MobilisationDraft;
import org.campaigntracker.core.mobilisation.MobilisationKind;
import org.campaigntracker.core.outreach.OutreachDraft;
import org.campaigntracker.core.stewardship.AccessDraft;
import org.campaigntracker.core.stewardship.StewardshipDraft;
import org.campaigntracker.core.outreach.OutreachKind;
import org.campaigntracker.core.plan.FollowUpDraft;
import org.campaigntracker.core.plan.MilestoneDraft;
import org.campaigntracker.core.position.PositionDraft;
import org.campaigntracker.core.position.PositionLevel;
import org.campaigntracker.core.press.PressItemDraft;
import org.campaigntracker.core.press.PressMedium;
import org.campaigntracker.core.stakeholder.ContactKind;
import org.campaigntracker.core.stakeholder.ContactPointDraft;
import org.campaigntracker.core.stakeholder.RelationshipDraft;
import org.campaigntracker.core.stakeholder.RelationshipType;
import org.campaigntracker.core.stakeholder.StakeholderCategory;
import org.campaigntracker.core.stakeholder.StakeholderDraft;
import org.campaigntracker.core.stakeholder.StakeholderKind;
import org.campaigntracker.core.testimony.ConsentDraft;
import org.campaigntracker.core.testimony.ConsentUse;
import org.campaigntracker.core.testimony.NamingRule;
import org.campaigntracker.core.testimony.TestimonyDraft;
import org.campaigntracker.core.testimony.TestimonyIdentity;

/**
 * One campaign of the reference case (campaign-caf.md) with one record of every kind, and a token per role.
 * Private text is marked "PRIVATE" so partner tests can look for it anywhere in a body.
 */
public final class ApiFixture {

    public final String slug;
    public final long campaignId;
    public final Map<String, Long> ids = new HashMap<>();
    public final Map<Role, String> tokens = new EnumMap<>(Role.class);

    public ApiFixture(Tracker t, String slug) {
        this.slug = slug;
        this.campaignId = t.campaigns().create(new CampaignDraft(slug, "Remettre l’humain au cœur des CAF", null,
                LocalDate.of(2023, 7, 1), "Signature de la COG", "fr")).id();
        long c = campaignId;
        long theme = t.demands().addTheme(c, ThemeDraft.of("Sortir de l’illégalité des pratiques")).id();
        long demand = t.demands().addDemand(c, DemandDraft.of(theme, "Interdire les suspensions automatiques")).id();
        long cnaf = t.stakeholders().add(c, new StakeholderDraft(StakeholderKind.organisation, "CNAF", null, null,
                StakeholderCategory.direct_target, 5, -1, "PRIVATE notes on the CNAF")).id();
        long grivel = t.stakeholders().add(c, new StakeholderDraft(StakeholderKind.person, "Nicolas Grivel",
                "Directeur général", cnaf, StakeholderCategory.direct_target, 5, 0, "PRIVATE: met him twice")).id();
        long contact = t.contactPoints().add(c, grivel, new ContactPointDraft(ContactKind.email,
                "private.grivel@cnaf.fr", "PRIVATE office", true)).id();
        long relationship = t.relationships().add(c, RelationshipDraft.of(grivel, RelationshipType.works_for, cnaf))
                .id();
        long member = t.members().add(c, MemberDraft.of("Valérie PRIVATE-member", MemberKind.coordinator)).id();
        long meeting = t.interactions().log(c, new InteractionDraft(InteractionKind.MEETING, LocalDate.of(2023, 1, 17),
                "Rencontre avec la direction de la CNAF", "PRIVATE: he said off the record…",
                "La coalition a présenté ses exigences.", "PRIVATE outcome", "PRIVATE place", List.of(grivel),
                List.of(member), List.of(demand)),
                // Logged by a member: a partner must not learn who (PartnerViewTest reads the activity feed).
                org.campaigntracker.core.interaction.LoggedBy.member(member)).id();
        long press = t.press().add(c, PressItemDraft.of("France Inter", PressMedium.RADIO, LocalDate.of(2022, 12, 10),
                "Quand des algorithmes notent les allocataires", "https://www.radiofrance.fr/" + slug)
                .withLinks(List.of(theme), List.of(demand), List.of(), List.of())).id();
        long position = t.positions().record(c, new PositionDraft(grivel, demand, PositionLevel.committed_verbally,
                LocalDate.of(2023, 1, 17), meeting, null, null, "PRIVATE: not sure he meant it")).id();
        long commitment = t.commitments().add(c, CommitmentDraft.of(grivel, "Répondre par écrit",
                LocalDate.of(2023, 1, 17))).id();
        long milestone = t.plan().add(c, MilestoneDraft.daysBefore("Appel commun des 80 organisations", 30)).id();
        long followUp = t.followUps().add(c, FollowUpDraft.of("Relancer la CNAF", LocalDate.of(2023, 2, 1))).id();
        long training = t.trainings().add(c, new org.campaigntracker.core.member.TrainingDraft("Prise de parole",
                LocalDate.of(2022, 11, 5), List.of("La COG"), "VoxPublic", List.of(member))).id();
        long mobilisation = t.mobilisations().add(c, new MobilisationDraft("Appel commun des 80 organisations",
                MobilisationKind.joint_appeal, LocalDate.of(2023, 4, 1), List.of(demand), List.of(grivel)), 80L).id();
        long outreach = t.outreach().add(c, new OutreachDraft(OutreachKind.press_kit, LocalDate.of(2022, 9, 1),
                "Dossier de presse", null, List.of(demand), List.of(grivel), List.of("France Inter", "Mediapart"),
                List.of("Dossier"))).id();
        t.outreach().linkPressItem(c, press, outreach);
        long accessRating = t.stewardship().rate(c, grivel, new AccessDraft(4, LocalDate.of(2023, 1, 17),
                "Reçoit la délégation PRIVATE-evidence")).id();
        t.stewardship().put(c, grivel, 0, new StewardshipDraft(member, 30));
        long testimony = t.testimonies().add(c, new TestimonyDraft("Isabelle", "Son RSA a été coupé pendant 27 mois.",
                LocalDate.of(2022, 10, 1), member, List.of(demand), List.of(theme))).id();
        t.testimonies().giveConsent(c, testimony, new ConsentDraft(ConsentUse.PUBLIC, NamingRule.PSEUDONYM,
                LocalDate.of(2022, 10, 1), null, "Valérie PRIVATE-member"));
        t.testimonies().setIdentity(c, testimony, new TestimonyIdentity("Isabelle PRIVATE-name",
                "private.isabelle@example.org", "PRIVATE notes"));
        ids.putAll(Map.ofEntries(Map.entry("testimony", testimony), Map.entry("theme", theme), Map.entry("demand", demand),
                Map.entry("organisation", cnaf), Map.entry("stakeholder", grivel), Map.entry("contactPoint", contact),
                Map.entry("relationship", relationship), Map.entry("member", member), Map.entry("interaction", meeting),
                Map.entry("pressItem", press), Map.entry("position", position), Map.entry("commitment", commitment),
                Map.entry("milestone", milestone), Map.entry("followUp", followUp), Map.entry("training", training),
                Map.entry("mobilisation", mobilisation), Map.entry("outreach", outreach),
                Map.entry("accessRating", accessRating)));
        // The partner's token is the CNAF's, as a partner organisation's token is: it may log what the CNAF did.
        for (Role role : Role.values()) {
            tokens.put(role, t.tokens().create(c, role, role == Role.PARTNER ? TokenOwner.organisation(cnaf)
                    : TokenOwner.NONE, role.wire() + " of " + slug, null).value());
        }
    }

    /** Path variables of the fixture's records, for filling in route templates. */
    public Map<String, String> pathValues() {
        Map<String, String> values = new HashMap<>();
        values.put("slug", slug);
        values.put("stakeholderId", String.valueOf(ids.get("stakeholder")));
        values.put("testimonyId", String.valueOf(ids.get("testimony")));
        values.put("kind", "commitments");
        return values;
    }

    /** A route template of the contract filled in with the fixture's records, ready to request. */
    public String concretePath(String template) {
        String path = template;
        for (Map.Entry<String, String> v : pathValues().entrySet()) {
            path = path.replace("{" + v.getKey() + "}", v.getValue());
        }
        if (path.contains("{id}")) {
            path = path.replace("{id}", String.valueOf(idFor(collectionOf(template))));
        }
        return path.replace("{asset}", "docs.js").replace("{name}", "app.js").replace("{page}", "home")
                .replace("{lang}", "en");
    }

    /** Which record an {id} stands for under each collection. */
    public long idFor(String collection) {
        return ids.get(switch (collection) {
            case "themes" -> "theme";
            case "demands" -> "demand";
            case "stakeholders" -> "stakeholder";
            case "contact-points" -> "contactPoint";
            case "relationships" -> "relationship";
            case "interactions" -> "interaction";
            case "positions" -> "position";
            case "commitments" -> "commitment";
            case "press-items" -> "pressItem";
            case "milestones" -> "milestone";
            case "follow-ups" -> "followUp";
            case "testimonies" -> "testimony";
            case "members" -> "member";
            case "mobilisations" -> "mobilisation";
            case "outreach" -> "outreach";
            case "access" -> "accessRating";
            case "trainings" -> "training";
            default -> throw new IllegalArgumentException("no fixture record for " + collection);
        });
    }

    /** Whether a path is an action on an item (close a commitment, a member leaves): a POST that needs If-Match. */
    public static boolean isAction(String path) {
        return path.endsWith("/close") || path.endsWith("/leave");
    }

    /** The item an action's path acts on. */
    public static String itemOf(String path) {
        return path.replaceFirst("/(close|leave|rejection)$", "");
    }

    /** Which collection an {id} in a route's path template belongs to ("themes" when it has none). */
    public static String collectionOf(String pathTemplate) {
        String[] parts = pathTemplate.split("/");
        for (int i = parts.length - 1; i > 0; i--) {
            if (parts[i].equals("{id}")) {
                return parts[i - 1].equals("{kind}") ? "commitments" : parts[i - 1];
            }
        }
        return "themes";
    }

    static final Set<String> TABLES = Set.of("campaign", "theme", "demand", "stakeholder", "contact_point",
            "relationship", "member", "interaction", "interaction_participant", "interaction_attendee",
            "interaction_demand", "press_item", "press_demand", "press_theme", "position", "commitment", "milestone",
            "milestone_dependency", "follow_up", "api_token", "testimony", "testimony_consent", "testimony_identity",
            "testimony_demand", "testimony_theme", "mobilisation", "mobilisation_count", "mobilisation_demand",
            "mobilisation_target", "outreach", "outreach_demand", "outreach_journalist");
}
