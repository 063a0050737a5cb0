/**
 * Who may read or write a campaign through the API: tokens bound to one campaign and one role. Only a hash of each
 * token's secret is stored; the secret is shown once, at creation.
 */
package org.campaigntracker.core.access;
