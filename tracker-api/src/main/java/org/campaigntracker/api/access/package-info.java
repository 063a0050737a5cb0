/** The campaign's API tokens as coordinators review them: who holds which role, until when, last used when. */
package org.campaigntracker.api.access;
