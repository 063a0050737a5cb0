package org.campaigntracker.cli.remote;

import java.time.LocalDate;
import org.campaigntracker.core.coverage.CoverageReport;
import org.campaigntracker.core.coverage.CoverageReports;
import org.campaigntracker.core.ledger.LedgerMatrix;
import org.campaigntracker.core.ledger.Ledgers;
import org.campaigntracker.core.status.CampaignStatus;
import org.campaigntracker.core.status.Statuses;

/**
 * The read models the API serves as core builds them ({@code …/status}, {@code …/ledger}, {@code …/coverage}): their
 * JSON is core's record, read back as such.
 */
final class RemoteReports {

    private RemoteReports() {
    }

    static final class Status implements Statuses {
        private final RemoteSession session;

        Status(RemoteSession session) {
            this.session = session;
        }

        /** The server's today: a client on the same day asks for the same thing. */
        @Override
        public CampaignStatus status(long campaignId, LocalDate asOf, int quietDays) {
            return session.api().get(session.path(campaignId, "/status?days=" + quietDays), CampaignStatus.class);
        }
    }

    static final class Ledger implements Ledgers {
        private final RemoteSession session;

        Ledger(RemoteSession session) {
            this.session = session;
        }

        @Override
        public LedgerMatrix ledger(long campaignId) {
            return session.api().get(session.path(campaignId, "/ledger"), LedgerMatrix.class);
        }
    }

    static final class Coverage implements CoverageReports {
        private final RemoteSession session;

        Coverage(RemoteSession session) {
            this.session = session;
        }

        @Override
        public CoverageReport report(long campaignId, LocalDate from, LocalDate to) {
            return session.api().get(session.path(campaignId, "/coverage" + new Query().add("from", from)
                    .add("to", to)), CoverageReport.class);
        }
    }
}
