/** The coalition's members over HTTP. */
package org.campaigntracker.api.member;
