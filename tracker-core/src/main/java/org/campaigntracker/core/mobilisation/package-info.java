/**
 * Mobilisation: petitions, joint appeals and letter campaigns that carry the demands to their targets. Each has
 * its signature counts over time (typed, or imported from a petition platform's CSV export, where any name is
 * counted and dropped: no signatory is stored), and its delivery to a target with the written answer, if any.
 */
package org.campaigntracker.core.mobilisation;
