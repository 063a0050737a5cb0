/**
 * The commitments register: who promised what, on which demand, in which meeting, by when; whether the
 * coalition asked for it in writing and got it; and whether the promise was kept, broken or withdrawn.
 */
package org.campaigntracker.core.commitment;
