/**
 * Testimonies of affected people ("Isabelle", "Valentin"): a pseudonymous story linked to the demands it supports,
 * a consent per use (internal, briefing, resource document, press, public) that can expire or be withdrawn, and the
 * person's real identity, kept apart and read only on purpose. Briefings and documents take testimonies from
 * {@link org.campaigntracker.core.testimony.TestimonyService#usableFor}, so a withdrawal takes effect at once.
 */
package org.campaigntracker.core.testimony;
