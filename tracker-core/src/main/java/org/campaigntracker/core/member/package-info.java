/**
 * Our own side of a campaign: coordinators, volunteers, partner staff, advisers and the beneficiaries we train
 * so they can speak in meetings with decision makers, and the trainings they attended.
 */
package org.campaigntracker.core.member;
