/**
 * The partner dashboard read model: per theme and demand, where the direct targets stand, with evidence, last
 * activity and the next milestone. It is computed from many tables, so {@link
 * org.campaigntracker.core.progress.ProgressService} keeps it in memory per campaign and checks it against the
 * campaign's revision counter (bumped by database triggers) with one primary-key read per request.
 *
 * <p>Its shape is safe for partners: a person is shown by function and organisation, never by name.
 */
package org.campaigntracker.core.progress;
