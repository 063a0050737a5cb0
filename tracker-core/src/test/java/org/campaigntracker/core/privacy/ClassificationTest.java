package org.campaigntracker.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.campaigntracker.core.TestTracker;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.db.jooq.DefaultSchema;
import org.jooq.Field;
import org.jooq.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A column nobody classified fails here, before it can leak. */
class ClassificationTest {

    private static Tracker tracker;

    @BeforeAll
    static void open() {
        tracker = TestTracker.fresh();
    }

    @AfterAll
    static void close() {
        tracker.close();
    }

    @Test
    void everyColumnOfTheGeneratedCatalogueIsClassified() {
        List<String> missing = new ArrayList<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            for (Field<?> field : table.fields()) {
                if (Classification.of(table.getName(), field.getName()).isEmpty()) {
                    missing.add(table.getName() + "." + field.getName());
                }
            }
        }
        assertThat(missing).as("unclassified columns: add them to Classification").isEmpty();
    }

    @Test
    void everyColumnOfTheDatabaseIsClassifiedAndEveryClassifiedColumnExists() {
        List<String> actual = tracker.dsl().fetchValues("select case when table_schema = 'public' then '' "
                + "else table_schema || '.' end || table_name || '.' || column_name from information_schema.columns "
                + "where table_schema in ('public', 'privacy') and table_name not like 'databasechangelog%' "
                + "and table_name <> 'schema_stamp'").stream().map(Object::toString).toList();
        assertThat(Classification.all()).extracting(ColumnClass::qualifiedName)
                .containsExactlyInAnyOrderElementsOf(actual);
    }

    @Test
    void partnersMayReadNoIdentityContactStoryOrNote() {
        assertThat(Classification.hiddenFrom(Role.PARTNER)).extracting(ColumnClass::qualifiedName)
                .contains("stakeholder.name", "contact_point.value", "testimony.story", "testimony_identity.full_name",
                        "testimony_identity.contact", "interaction.summary", "member.display_name",
                        "press_item.journalist", "press_item.summary");
        assertThat(Classification.hiddenFrom(Role.ADVISER)).extracting(ColumnClass::kind)
                .containsOnly(DataKind.SECRET);
    }

    @Test
    void identitiesContactsAndStoriesAreSealed() {
        assertThat(Classification.sealed()).extracting(ColumnClass::qualifiedName).containsExactlyInAnyOrder(
                "contact_point.value", "testimony.story", "testimony_identity.full_name",
                "testimony_identity.contact", "testimony_identity.notes", "member.contact",
                // Answers kept for retries may repeat any of those.
                "idempotent_request.answer");
    }
}
