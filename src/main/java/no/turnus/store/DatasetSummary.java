package no.turnus.store;

import java.time.Instant;

/**
 * A stored dataset as listed: the organisation unit it belongs to, its kind and name (from the document), when it
 * was stored and its size in bytes.
 */
public record DatasetSummary(String id, String unit, String kind, String name, Instant created, long size) {
}
