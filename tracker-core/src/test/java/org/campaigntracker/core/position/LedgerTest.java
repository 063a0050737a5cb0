package org.campaigntracker.core.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campaigntracker.core.position.PositionLevel.backtracked;
import static org.campaigntracker.core.position.PositionLevel.committed_in_writing;
import static org.campaigntracker.core.position.PositionLevel.committed_verbally;
import static org.campaigntracker.core.position.PositionLevel.hesitant;
import static org.campaigntracker.core.position.PositionLevel.implemented;
import static org.campaigntracker.core.position.PositionLevel.opposed;
import static org.campaigntracker.core.position.PositionLevel.supportive;
import static org.campaigntracker.core.position.PositionLevel.unknown;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LedgerTest {

    private static final long DEMAND = 12;
    private static final long GRIVEL = 1;
    private static final long MINISTRY = 2;
    private static final long BUDGET = 3;

    @Test
    void levelsRankFromOpposedToImplementedWithBacktrackApart() {
        assertThat(Stream.of(PositionLevel.values()).sorted(Ledger.ORDER).toList()).containsExactly(
                opposed, unknown, hesitant, supportive, committed_verbally, committed_in_writing, implemented,
                backtracked);
        assertThat(Ledger.countsAsProgress(backtracked)).isFalse();
        assertThat(Ledger.countsAsProgress(opposed)).isTrue();
    }

    @Test
    void aDemandNobodySpokeAboutIsUnknown() {
        DemandStatus status = Ledger.status(DEMAND, List.of());
        assertThat(status.best()).isEqualTo(unknown);
        assertThat(status.targetsByLevel()).isEmpty();
        assertThat(status.anyBacktracked()).isFalse();
    }

    @Test
    void onlyOpposedTargetsMakeOpposedTheBest() {
        assertThat(Ledger.status(DEMAND, List.of(at(GRIVEL, opposed))).best()).isEqualTo(opposed);
    }

    @Test
    void bestIsTheFurthestTargetAndTargetsAreGroupedByLevel() {
        DemandStatus status = Ledger.status(DEMAND, List.of(
                at(MINISTRY, hesitant), at(GRIVEL, committed_in_writing), at(BUDGET, hesitant)));

        assertThat(status.best()).isEqualTo(committed_in_writing);
        assertThat(status.targetsByLevel().keySet()).containsExactly(hesitant, committed_in_writing);
        assertThat(status.targetsAt(hesitant)).containsExactly(MINISTRY, BUDGET);
        assertThat(status.targetsAt(supportive)).isEmpty();
    }

    @Test
    void aBacktrackIsFlaggedAndIsNotProgress() {
        DemandStatus status = Ledger.status(DEMAND, List.of(at(GRIVEL, backtracked), at(MINISTRY, hesitant)));

        assertThat(status.best()).isEqualTo(hesitant);
        assertThat(status.anyBacktracked()).isTrue();
        assertThat(status.backtrackedTargets()).containsExactly(GRIVEL);
        assertThat(status.targetsByLevel().keySet()).containsExactly(hesitant, backtracked);
    }

    @Test
    void aDemandWhoseOnlyTargetBackedOffHasNoProgress() {
        DemandStatus status = Ledger.status(DEMAND, List.of(at(GRIVEL, backtracked)));
        assertThat(status.best()).isEqualTo(unknown);
        assertThat(status.anyBacktracked()).isTrue();
    }

    @Test
    void positionsOnOtherDemandsAreIgnored() {
        Position elsewhere = new Position(9, 1, GRIVEL, DEMAND + 1, implemented, LocalDate.of(2023, 7, 1),
                null, null, null, null, null, 1);
        DemandStatus status = Ledger.status(DEMAND, List.of(elsewhere, at(MINISTRY, supportive)));
        assertThat(status.best()).isEqualTo(supportive);
        assertThat(status.targetsByLevel()).containsOnlyKeys(supportive);
    }

    private static Position at(long stakeholderId, PositionLevel level) {
        return new Position(stakeholderId * 100, 1, stakeholderId, DEMAND, level, LocalDate.of(2023, 1, 17),
                null, null, null, null, null, 1);
    }
}
