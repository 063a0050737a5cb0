/** Fault tests of the API: the database going away and coming back under concurrent writers. */
package org.campaigntracker.api.fault;
