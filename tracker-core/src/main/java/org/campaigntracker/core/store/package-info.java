/**
 * The unit of work and what keeps read models right: {@link org.campaigntracker.core.store.Transactions} runs a use
 * case in one transaction and hands it the transaction's {@link org.campaigntracker.core.store.Tx}, from which the
 * use case builds its repositories; after each commit it tells the {@link org.campaigntracker.core.revision
 * .RevisionWatch} and every registered read model which campaigns changed, so cached reads
 * ({@link org.campaigntracker.core.store.CampaignCache}) stay right whatever front door wrote.
 */
package org.campaigntracker.core.store;
