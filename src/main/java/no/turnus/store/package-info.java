/**
 * Persistence of datasets and solve jobs through Spring JDBC, the same SQL on H2 (embedded default) and
 * PostgreSQL; the schema is created by the Flyway migrations in {@code db/migration}. Documents (datasets,
 * best solutions) are JSON text next to the columns needed to list them. Every write is one statement or one
 * transaction, so a reader never sees half a document.
 */
package no.turnus.store;
