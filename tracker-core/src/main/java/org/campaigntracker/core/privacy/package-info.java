/**
 * Privacy by design: the classification of every column ({@link org.campaigntracker.core.privacy.Classification}),
 * encryption of personal values with a key held outside the database ({@link org.campaigntracker.core.seal.Sealer},
 * {@link org.campaigntracker.core.seal.DataKeys}), the rights of the people concerned (export, forget with an
 * erasure ledger that survives restores, retention sweep) in {@link org.campaigntracker.core.privacy.PrivacyService}.
 */
package org.campaigntracker.core.privacy;
