/**
 * Fuzz tests of the HTTP API (Jazzer's JUnit integration): every registered route's body, path parameters, query
 * parameters and headers, with three properties checked on each answer: never a 5xx, every error is
 * problem+json, and a rejected request changes nothing in the database. Plain test runs replay the committed
 * corpus under {@code src/test/resources/org/campaigntracker/api/fuzz/ApiFuzzTestInputs}; {@code JAZZER_FUZZ=1}
 * fuzzes for real (see docs/reliability.md, "Fuzzing the API").
 */
package org.campaigntracker.api.fuzz;
