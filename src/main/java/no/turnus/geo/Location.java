package no.turnus.geo;

/** A place a caregiver starts, ends or visits, known by its index in the travel matrix. */
public record Location(int index, String id, double latitude, double longitude, AreaType area) {
}
