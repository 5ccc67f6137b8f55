package no.turnus.io;

/** The file formats {@link FormatSniffer} tells apart. */
public enum BenchmarkFormat {
    /** INRC-2010 instance: XML with root {@code SchedulingPeriod}. */
    INRC_2010_INSTANCE,
    /** INRC-2010 solution: XML with root {@code Solution}. */
    INRC_2010_SOLUTION,
    /** Solomon VRPTW text (VEHICLE / CUSTOMER sections). */
    SOLOMON,
    /** Mankowska 2014 HHCRSP text (starts with keyword {@code nbNodes}). */
    MANKOWSKA,
    /** OR-Library capacitated warehouse location ({@code cap*}: m n, m facilities, n customers). */
    ORLIB_CAP,
    /** A Turnus dataset: a JSON object with a {@code kind}. */
    TURNUS_JSON,
    UNKNOWN
}
