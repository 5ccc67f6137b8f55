/**
 * Locations and travel between them: one {@link no.turnus.geo.TravelMatrix} held by location index in flat
 * arrays, made either from coordinates (with ferries) or imported from a routing engine.
 */
package no.turnus.geo;
