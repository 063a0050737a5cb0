/**
 * Build-time only: generates the jOOQ classes of {@code db/jooq} from a real PostgreSQL built from the changelog.
 * jooq-codegen is an optional dependency, absent from the product's runtime classpath.
 */
package org.campaigntracker.db.codegen;
