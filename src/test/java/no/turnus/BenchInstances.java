package no.turnus;

import java.nio.file.Path;

/**
 * The published benchmark instances kept in the repository ({@code benchmarks/instances}, see its README), as
 * the tests see them: Maven runs them with the repository root as working directory.
 */
public final class BenchInstances {

    /** {@code benchmarks/instances}, with the sub-folders inrc2010, solomon, mankowska2014 and facility. */
    public static final Path DIR = Path.of("benchmarks", "instances");

    private BenchInstances() {
    }

    /** A file below {@link #DIR}, e.g. {@code of("facility/cap71.txt")}. */
    public static Path of(String relative) {
        return DIR.resolve(relative);
    }
}
