/**
 * The stakeholder map over HTTP: the whole graph with scores and gaps, influence paths to a target, and a
 * stakeholder's card. Advisers and coordinators only: power and stance estimates, relationships and contact history
 * are the coalition's strategy and people's personal data, so partner tokens get 403 on every map route.
 */
package org.campaigntracker.api.map;
