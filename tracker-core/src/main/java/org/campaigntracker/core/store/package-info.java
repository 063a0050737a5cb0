/**
 * The unit of work and what keeps read models right: {@link org.campaigntracker.core.store.Transactions} runs a use
 * case in one transaction and hands it the transaction's {@link org.campaigntracker.core.store.Tx}, from which the
 * use case builds its repositories; after each commit it tells the {@link org.campaigntracker.core.revision
 * .RevisionWatch} and every registered read model which campaigns changed, so cached reads
 * ({@link org.campaigntracker.core.store.CampaignCache}) stay right whatever front door wrote.
 * <p>
 * Read models kept per campaign ({@link org.campaigntracker.core.store.ReadModel}) are maintained incrementally: a use
 * case tells what it changed ({@link org.campaigntracker.core.store.Change}), the commit is logged with its
 * transaction id ({@link org.campaigntracker.core.store.ChangeLog}), and a read model kept at one snapshot of the
 * database applies what was committed since, or recomputes when that cannot be told exactly.
 */
package org.campaigntracker.core.store;
