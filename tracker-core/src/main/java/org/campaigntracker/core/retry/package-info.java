/**
 * Safe retries: the first answer to a request sent with an idempotency key, claimed in the same transaction as the
 * write it answers and kept 24 hours for the token that sent it, so that a client whose answer was lost can send the
 * request again and get that answer instead of writing twice.
 */
package org.campaigntracker.core.retry;
