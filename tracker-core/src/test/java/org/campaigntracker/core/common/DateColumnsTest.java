package org.campaigntracker.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.campaigntracker.core.TestTracker;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.campaign.CampaignDraft;
import org.junit.jupiter.api.Test;

/**
 * The schema keeps every date a user gives within {@link CampaignDates}, as a backstop to core's checks (changeset
 * 0030). Found in the migrated schema, so a new date column fails here until it gets its range too. The constraints
 * are NOT VALID: a database holding an older out-of-range row still migrates, new and changed rows are checked.
 */
class DateColumnsTest {

    /** Date columns that are copies written by a trigger from a column that has its range. */
    private static final List<String> COPIES = List.of("theme_revision.retired_on", "demand_revision.retired_on",
            "interaction_demand.occurred_on");

    @Test
    void everyDateColumnHasItsRangeWrittenButNotValidatedOnOldRows() {
        Tracker tracker = TestTracker.fresh();
        List<String> columns = tracker.dsl().fetch("select table_name || '.' || column_name from "
                        + "information_schema.columns where table_schema = 'public' and data_type = 'date'")
                .getValues(0, String.class).stream().filter(c -> !COPIES.contains(c)).sorted().toList();
        Map<String, Boolean> ranges = tracker.dsl().fetch("select conname, convalidated from pg_constraint c "
                        + "join pg_namespace n on n.oid = c.connamespace where n.nspname = 'public' and contype = 'c' "
                        + "and conname like '%\\_range' and pg_get_constraintdef(c.oid) like '%1900-01-01%2100-12-31%'")
                .stream().collect(Collectors.toMap(r -> r.get(0, String.class), r -> r.get(1, Boolean.class)));
        assertThat(columns).hasSizeGreaterThan(20);
        assertThat(columns).allSatisfy(c -> assertThat(ranges).as(c).containsKey(c.replace('.', '_') + "_range"));
        assertThat(ranges.values()).as("NOT VALID, so old rows do not stop the migration").containsOnly(false);
    }

    @Test
    void aWriteBypassingCoreIsRefusedWithTheSameKindOfMessage() {
        Tracker tracker = TestTracker.fresh();
        long caf = tracker.campaigns().create(CampaignDraft.of("caf", "CAF")).id();
        assertThatThrownBy(() -> DatabaseErrors.translated(() -> tracker.dsl().execute(
                "insert into press_item (campaign_id, outlet, medium, published_on, title) "
                        + "values (?, 'Mediapart', 'web', date '9999-12-31', 'x')", caf)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("the publication date must be between 1900-01-01 and 2100-12-31")
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).field())
                        .isEqualTo("published_on"));
        assertThat(tracker.dsl().fetchCount(tracker.dsl().selectFrom("press_item"))).isZero();
    }
}
