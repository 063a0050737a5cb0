/** {@code tracker token create|list|revoke}: API tokens, one campaign and one role each. */
package org.campaigntracker.cli.token;
