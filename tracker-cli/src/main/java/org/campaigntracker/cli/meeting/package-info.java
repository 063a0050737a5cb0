/**
 * {@code tracker meeting …} (also {@code tracker interaction …}): the contact log. {@code log} is the command
 * coordinators type most, so it is forgiving (partial names, asks what is missing on a terminal) and, after a
 * meeting, offers a debrief that records positions and commitments in the same session.
 */
package org.campaigntracker.cli.meeting;
