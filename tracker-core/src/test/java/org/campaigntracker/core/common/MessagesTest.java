package org.campaigntracker.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.campaigntracker.core.TestTracker;
import org.campaigntracker.core.Tracker;
import org.junit.jupiter.api.Test;

/** Every message exists in both languages, and every rule the database enforces has a message of its own. */
class MessagesTest {

    @Test
    void englishAndFrenchDefineTheSameKeys() throws IOException {
        assertThat(load("messages_fr.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void noMessageUsesAPlainApostropheThatMessageFormatWouldSwallow() throws IOException {
        for (String bundle : List.of("messages.properties", "messages_fr.properties")) {
            Properties p = load(bundle);
            assertThat(p.stringPropertyNames()).allSatisfy(k -> assertThat(p.getProperty(k)).as(k).doesNotContain("'"));
        }
    }

    @Test
    void idsYearsAndBoundsReadAsTypedWhileCountsKeepTheirGrouping() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            assertThat(Messages.format(locale, "rule.range", "year", 2017, 2100)).as(locale.toString())
                    .contains("2017").contains("2100");
            assertThat(new NotFoundException("stakeholder", 99999L).message(locale)).contains("99999");
        }
        assertThat(Messages.format(Locale.ENGLISH, "doc.figure.press", 12345)).isEqualTo("12,345 press items");
    }

    @Test
    void everyCheckAndUniqueRuleOfTheSchemaHasAMessageInBothLanguages() {
        Tracker tracker = TestTracker.fresh();
        List<String> checks = tracker.dsl().fetchValues(
                "select conname from pg_constraint c join pg_namespace n on n.oid = c.connamespace "
                        + "where n.nspname = 'public' and contype = 'c'").stream().map(Object::toString).toList();
        List<String> uniques = tracker.dsl().fetchValues(
                "select conname from pg_constraint c join pg_namespace n on n.oid = c.connamespace "
                        + "where n.nspname = 'public' and contype = 'u' "
                        + "union select indexname from pg_indexes where schemaname = 'public' "
                        + "and indexdef like 'CREATE UNIQUE INDEX%' and indexname not like '%_pkey' "
                        + "and tablename not like 'databasechangelog%'").stream().map(Object::toString).toList();
        assertThat(checks).hasSizeGreaterThan(40);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            assertThat(checks).allSatisfy(c -> assertThat(Messages.pattern(locale, "rule.db." + c)).as(c).isNotNull());
            assertThat(uniques).allSatisfy(u -> assertThat(Messages.pattern(locale, "constraint." + u)).as(u).isNotNull());
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/campaigntracker/core/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
