/**
 * The REST API under {@code /api}, the same for every problem kind: datasets, solve jobs and what is read
 * from their solutions. Every error is {@code application/problem+json} (RFC 9457) with a title and detail a
 * user can act on; invalid input lists every problem with its JSON path in {@code errors}.
 */
package no.turnus.api;
