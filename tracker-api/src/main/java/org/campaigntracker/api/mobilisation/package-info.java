/**
 * Mobilisations (petitions, joint appeals, letter campaigns), their counts and their delivery; partners read titles,
 * kinds and counts, never targets nor the answer (see PublicMobilisation).
 */
package org.campaigntracker.api.mobilisation;
