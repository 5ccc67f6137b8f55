package no.turnus.homecare;

import java.util.Set;

/** A member of staff who makes visits. Equality is identity: one instance per caregiver in a plan. */
public final class Caregiver {

    private final String id;
    private final String name;
    private final Team team;
    private final Competence competence;
    private final Set<String> skills;
    private final TravelMode travelMode;

    public Caregiver(String id, String name, Team team, Competence competence, Set<String> skills,
                     TravelMode travelMode) {
        this.id = id;
        this.name = name;
        this.team = team;
        this.competence = competence;
        this.skills = Set.copyOf(skills);
        this.travelMode = travelMode;
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

    @Override
    public String toString() {
        return id;
    }
}
