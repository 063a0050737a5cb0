/**
 * The yearly activity declaration of the French lobbying register (HATVP, répertoire des représentants d’intérêts):
 * a year of communications with public officials, in the register's structure — subject, policy areas, categories
 * of officials (never names), action types, decisions concerned — and the registration threshold of décret
 * n° 2017-867, art. 1 (at least ten communications at one's own initiative over twelve months).
 */
package org.campaigntracker.core.hatvp;
