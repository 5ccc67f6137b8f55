package no.turnus.geo;

/**
 * Travel between locations by their index: computed once per dataset and read on the solver's hot path, so
 * implementations answer from flat arrays without allocating.
 */
public interface TravelMatrix {

    int size();

    /** Driving time from one location to another, in seconds (ferry crossings and waits included). */
    int seconds(int from, int to);

    /** Road distance in metres (a ferry crossing counts its straight-line length). */
    int meters(int from, int to);

    /** Driving time rounded up to whole minutes, the unit the plan is made in. */
    default int minutes(int from, int to) {
        return (seconds(from, to) + 59) / 60;
    }
}
