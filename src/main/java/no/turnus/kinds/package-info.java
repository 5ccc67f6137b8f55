/**
 * Which problem kinds a build ships: the one place that knows every kind, so that the contract
 * ({@code no.turnus.problem}) and the kinds depend only one way.
 */
package no.turnus.kinds;
