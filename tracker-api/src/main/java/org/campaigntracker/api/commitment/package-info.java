/** The commitments register: advisers and coordinators only (who promised what in a closed meeting). */
package org.campaigntracker.api.commitment;
