package org.campaigntracker.core.ledger;

/** The demand-by-target ledger: {@link LedgerService} over the database, the CLI's remote mode over the HTTP API. */
public interface Ledgers {

    LedgerMatrix ledger(long campaignId);
}
