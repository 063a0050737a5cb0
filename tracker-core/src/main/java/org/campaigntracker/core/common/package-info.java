/**
 * What every feature shares: the exceptions core throws (each with a message in English and French),
 * field validation, forgiving name matching, and translation of database rule violations.
 */
package org.campaigntracker.core.common;
