package no.turnus.homecare.domain;

import java.util.Set;

/** A member of staff who makes visits. Equality is identity: one instance per caregiver in a plan. */
public final class Caregiver {

    private final String id;
    private final String name;
    private final Team team;
    private final Competence competence;
    private final Set<String> skills;
    private final TravelMode travelMode;
    /** What the car carries per route (in the unit of the visits' load). */
    private final int capacity;

    /** The capacity of a caregiver whose car has no limit given. */
    public static final int NO_CAPACITY_LIMIT = Integer.MAX_VALUE;

    public Caregiver(String id, String name, Team team, Competence competence, Set<String> skills,
                     TravelMode travelMode, int capacity) {
        this.id = id;
        this.name = name;
        this.team = team;
        this.competence = competence;
        this.skills = Set.copyOf(skills);
        this.travelMode = travelMode;
        this.capacity = capacity;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Team team() {
        return team;
    }

    public Competence competence() {
        return competence;
    }

    public Set<String> skills() {
        return skills;
    }

    public TravelMode travelMode() {
        return travelMode;
    }

    public int capacity() {
        return capacity;
    }

    @Override
    public String toString() {
        return id;
    }
}
