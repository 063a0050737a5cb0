/**
 * Media outreach and the coverage it led to, for advisers and coordinators only: a send names journalists, who are
 * people, so partners never read it.
 */
package org.campaigntracker.api.outreach;
