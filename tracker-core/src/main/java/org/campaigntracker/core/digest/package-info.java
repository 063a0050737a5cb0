/** A member's weekly digest: what is theirs to do this week and what happened in the campaign the week before. */
package org.campaigntracker.core.digest;
