package org.campaigntracker.core.privacy;

import static org.campaigntracker.core.privacy.DataKind.CONTACT;
import static org.campaigntracker.core.privacy.DataKind.FREE_TEXT;
import static org.campaigntracker.core.privacy.DataKind.IDENTITY;
import static org.campaigntracker.core.privacy.DataKind.PSEUDONYM;
import static org.campaigntracker.core.privacy.DataKind.PUBLIC_ROLE;
import static org.campaigntracker.core.privacy.DataKind.SECRET;
import static org.campaigntracker.core.privacy.DataKind.SENSITIVE_STORY;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campaigntracker.core.access.Role;

/**
 * The one list of every column of every table with what it holds ({@link DataKind}) and so who may read it.
 * {@code ClassificationTest} fails when a column of the schema is missing here, so a new column cannot reach
 * production unclassified. Partner views are checked against it, erasure and retention are driven by it.
 */
public final class Classification {

    private static final String PERSON = "kind = 'person'";
    private static final Map<String, ColumnClass> COLUMNS = build();

    private Classification() {
    }

    private static Map<String, ColumnClass> build() {
        Builder b = new Builder();
        b.table("api_token").none("id", "campaign_id", "role", "label", "created_at", "expires_at", "revoked_at",
                        "member_id", "organisation_id", "last_used_at")
                .as(SECRET, "lookup", "secret_hash");
        b.table("idempotent_request").none("id", "token_id", "idempotency_key", "status", "created_at")
                .as(SECRET, "fingerprint").sealed(SECRET, "answer");
        b.table("privacy.audit_event").none("id", "at", "campaign_id", "actor_kind", "actor", "action", "via", "subject",
                "record_ids");
        b.table("campaign").none("id", "slug", "name", "objective", "deadline", "deadline_label", "default_language",
                "created_at", "updated_at", "version", "published_at", "double_ask_days");
        b.table("campaign_revision").none("campaign_id", "shard", "revision", "changed_at");
        // An access rating's evidence says how we reach a person ("she answers Valérie's texts"): team only.
        b.table("access_rating").none("id", "campaign_id", "stakeholder_id", "score", "rated_on", "created_at")
                .as(FREE_TEXT, "evidence");
        b.table("commitment").none("id", "campaign_id", "stakeholder_id", "description", "demand_id",
                "interaction_id", "made_on", "due_on", "confirmation_requested_on", "confirmation_received_on",
                "status", "status_changed_on", "created_at", "updated_at", "version", "public", "owner_id");
        b.table("contact_point").none("id", "stakeholder_id", "kind", "label", "is_primary", "created_at",
                "updated_at", "version").sealed(CONTACT, "value");
        b.table("demand").none("id", "campaign_id", "theme_id", "code", "title", "body", "retired_on", "created_at",
                "updated_at", "version");
        b.table("demand_revision").none("id", "demand_id", "version", "theme_id", "code", "title", "body",
                "retired_on", "valid_from", "valid_until");
        b.table("follow_up").none("id", "campaign_id", "owner_id", "due_on", "done_on", "interaction_id",
                "stakeholder_id", "demand_id", "created_at", "updated_at", "version").as(FREE_TEXT, "title");
        // A rejection's reason may say what a coordinator thinks of a partner's account: team only, as notes are.
        b.table("interaction").none("id", "campaign_id", "kind", "occurred_on", "title", "public_summary", "source_ref",
                "created_at", "updated_at", "version", "status", "organisation_id", "logged_by_member_id",
                "logged_by_organisation_id", "rejected_at")
                .as(FREE_TEXT, "summary", "outcome", "place", "rejection_reason");
        b.table("interaction_attendee").none("interaction_id", "member_id", "campaign_id");
        b.table("interaction_demand").none("interaction_id", "demand_id", "campaign_id", "occurred_on");
        b.table("interaction_participant").none("interaction_id", "stakeholder_id", "campaign_id");
        b.table("member").none("id", "campaign_id", "kind", "organisation_id", "language", "left_on", "created_at",
                        "updated_at", "version")
                .as(IDENTITY, "display_name", "name_key").as(FREE_TEXT, "notes").sealed(CONTACT, "contact");
        b.table("milestone").none("id", "campaign_id", "title", "description", "due_on", "days_before_deadline",
                "status", "done_on", "created_at", "updated_at", "version", "public");
        b.table("milestone_dependency").none("milestone_id", "depends_on_id", "campaign_id");
        // Counts only: no signatory is stored. Targets and the delivery's recipient are stakeholders, classified there.
        b.table("mobilisation").none("id", "campaign_id", "title", "kind", "launched_on", "delivered_on",
                "delivered_to_id", "response_interaction_id", "public", "created_at", "updated_at", "version");
        b.table("mobilisation_count").none("mobilisation_id", "campaign_id", "counted_on", "count");
        b.table("mobilisation_demand").none("mobilisation_id", "demand_id", "campaign_id");
        b.table("mobilisation_target").none("mobilisation_id", "stakeholder_id", "campaign_id");
        // Journalists are stakeholders (people), linked by id: their names and contacts are classified there.
        b.table("outreach").none("id", "campaign_id", "kind", "sent_on", "title", "embargo_until", "outlets",
                "attachments", "created_at", "updated_at", "version");
        b.table("outreach_demand").none("outreach_id", "demand_id", "campaign_id");
        b.table("outreach_journalist").none("outreach_id", "stakeholder_id", "campaign_id");
        b.table("position").none("id", "campaign_id", "stakeholder_id", "demand_id", "level", "stated_on",
                "evidence_interaction_id", "evidence_press_item_id", "evidence_document", "created_at",
                "updated_at", "version", "public").as(FREE_TEXT, "note");
        b.table("press_demand").none("press_item_id", "demand_id", "campaign_id");
        // A journalist is a person named like any other; the summary is the team's own text, which may name a
        // witness whose testimony has no public consent.
        b.table("press_item").none("id", "campaign_id", "outlet", "medium", "published_on", "title", "url", "reach",
                "tone", "created_at", "updated_at", "version", "public", "outreach_id").as(IDENTITY, "journalist").as(FREE_TEXT, "summary");
        b.table("press_quote").none("press_item_id", "stakeholder_id", "campaign_id");
        b.table("press_testimony").none("press_item_id", "testimony_id", "campaign_id");
        b.table("press_theme").none("press_item_id", "theme_id", "campaign_id");
        b.table("relationship").none("id", "campaign_id", "from_id", "to_id", "type", "strength", "since", "until",
                "created_at", "updated_at", "version").as(FREE_TEXT, "source", "notes");
        // The owner is a member (a person, classified in member); the cadence is the team's own working rule.
        b.table("stewardship").none("stakeholder_id", "campaign_id", "owner_id", "cadence_days", "updated_at",
                "version");
        b.table("stakeholder").none("id", "campaign_id", "kind", "organisation_id", "category", "power", "stance",
                "created_at", "updated_at", "version").when(PERSON).as(IDENTITY, "name", "name_key")
                .when(PERSON).as(PUBLIC_ROLE, "function_title").as(FREE_TEXT, "notes");
        b.table("stakeholder_revision").none("id", "stakeholder_id", "version", "organisation_id", "category",
                "power", "stance", "valid_from", "valid_until").as(PUBLIC_ROLE, "function_title");
        b.table("testimony").none("id", "campaign_id", "collected_on", "collected_by_id", "created_at", "updated_at",
                "version").gated(PSEUDONYM, "pseudonym").sealedGated(SENSITIVE_STORY, "story");
        b.table("testimony_consent").none("id", "testimony_id", "use", "naming", "given_on", "expires_on",
                "withdrawn_on", "created_at").as(IDENTITY, "recorded_by");
        b.table("testimony_demand").none("testimony_id", "demand_id", "campaign_id");
        b.table("testimony_identity").none("testimony_id", "created_at").sealed(IDENTITY, "full_name")
                .sealed(CONTACT, "contact").sealed(FREE_TEXT, "notes");
        b.table("testimony_theme").none("testimony_id", "theme_id", "campaign_id");
        b.table("theme").none("id", "campaign_id", "code", "position", "title", "description", "retired_on",
                "created_at", "updated_at", "version");
        b.table("theme_revision").none("id", "theme_id", "version", "code", "position", "title", "description",
                "retired_on", "valid_from", "valid_until");
        b.table("training").none("id", "campaign_id", "title", "held_on", "topics", "created_at", "version")
                .as(IDENTITY, "trainer");
        b.table("training_attendee").none("training_id", "member_id", "campaign_id");
        b.table("privacy.erasure").none("id", "erased_at", "campaign_id", "subject", "subject_id", "reason")
                .as(SECRET, "fingerprint");
        return Collections.unmodifiableMap(b.columns);
    }

    public static List<ColumnClass> all() {
        return List.copyOf(COLUMNS.values());
    }

    /** By table and column name; tables outside the public schema are named with their schema. */
    public static Optional<ColumnClass> of(String table, String column) {
        return Optional.ofNullable(COLUMNS.get(table + "." + column));
    }

    /** Columns a role may not read: what must never appear in a response or an export made for that role. */
    public static List<ColumnClass> hiddenFrom(Role role) {
        return COLUMNS.values().stream().filter(c -> c.kind().personal() && !c.readableBy(role)).toList();
    }

    /** Columns the application encrypts. */
    public static List<ColumnClass> sealed() {
        return COLUMNS.values().stream().filter(ColumnClass::sealed).toList();
    }

    /** Collects the classification, one table at a time; a later call for the same column is a mistake. */
    private static final class Builder {
        private final Map<String, ColumnClass> columns = new LinkedHashMap<>();
        private String table;
        private String where = "true";

        Builder table(String name) {
            table = name;
            return this;
        }

        Builder none(String... names) {
            return add(DataKind.NONE, false, false, names);
        }

        Builder when(String condition) {
            where = condition;
            return this;
        }

        Builder as(DataKind kind, String... names) {
            return add(kind, false, false, names);
        }

        Builder sealed(DataKind kind, String... names) {
            return add(kind, true, false, names);
        }

        Builder gated(DataKind kind, String... names) {
            return add(kind, false, true, names);
        }

        Builder sealedGated(DataKind kind, String... names) {
            return add(kind, true, true, names);
        }

        private Builder add(DataKind kind, boolean sealed, boolean gated, String... names) {
            List<String> repeated = new ArrayList<>();
            for (String name : names) {
                ColumnClass c = new ColumnClass(table, name, kind, sealed, where, gated);
                if (columns.putIfAbsent(c.qualifiedName(), c) != null) {
                    repeated.add(c.qualifiedName());
                }
            }
            where = "true";
            if (!repeated.isEmpty()) {
                throw new IllegalStateException("classified twice: " + repeated);
            }
            return this;
        }
    }
}
