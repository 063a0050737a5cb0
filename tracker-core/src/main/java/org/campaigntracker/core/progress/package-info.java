/**
 * The partner dashboard read model: per theme and demand, where the direct targets stand, with evidence, last
 * activity and the next milestone. It is computed from many tables, so {@link
 * org.campaigntracker.core.progress.ProgressService} keeps it in memory per campaign and maintains it incrementally:
 * interactions logged by this process are merged in, other changes this process tells recompute only the demands
 * they touch, and anything else (another instance's write, a new day) recomputes the campaign. While the revision
 * watch vouches that nothing changed, a read costs no query.
 *
 * <p>Its shape is safe for partners: a person is shown by function and organisation, never by name.
 */
package org.campaigntracker.core.progress;
