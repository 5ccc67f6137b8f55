/**
 * The contract between a problem kind (roster, homecare, scenario, ...) and the shared layers that serve
 * every kind: the command line, solve jobs, storage and the REST API. A kind describes its dataset, how it
 * is validated, how it becomes a Timefold planning solution and back, and how its result is reported.
 */
package no.turnus.problem;
