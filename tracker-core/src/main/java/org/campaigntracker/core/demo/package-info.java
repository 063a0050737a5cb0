/**
 * The reference campaign (the French CAF campaign for a responsible COG, and the related France Travail
 * campaign), loaded once for demonstrations, fixtures and tests. Facts come from public reporting; where the
 * exact day is not known, the first of the month stands for it and the title says so.
 */
package org.campaigntracker.core.demo;
