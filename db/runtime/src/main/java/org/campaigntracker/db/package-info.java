/**
 * Where the tracker's data lives: connection settings (embedded or external PostgreSQL), the Liquibase
 * changelog and the migrator that applies it safely when several processes start at once.
 */
package org.campaigntracker.db;
