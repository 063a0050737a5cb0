/**
 * The data key and the sealing of personal values (contact details, testimonies, identities) with it: AES-GCM, the
 * column name as associated data, retired keys still opening what they sealed. Depends on no feature, so every
 * repository that stores a personal value can take a {@link org.campaigntracker.core.seal.Sealer} in its constructor.
 */
package org.campaigntracker.core.seal;
