/**
 * Retro-planning: milestones set on a date or a number of days before the campaign's deadline, the order
 * they depend on each other in, and which are late or at risk; plus the follow-up tasks that meetings leave
 * behind (send the minutes, ask for the written answer).
 */
package org.campaigntracker.core.plan;
