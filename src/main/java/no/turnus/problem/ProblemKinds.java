package no.turnus.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The problem kinds this build knows, by the name used in the datasets' {@code kind} field. */
public final class ProblemKinds {

    private final Map<String, ProblemKind<?, ?>> byName = new LinkedHashMap<>();

    public ProblemKinds(List<ProblemKind<?, ?>> kinds) {
        kinds.forEach(kind -> byName.put(kind.name(), kind));
    }

    /** Every kind shipped with Turnus. */
    public static ProblemKinds standard() {
        return new ProblemKinds(List.of(new no.turnus.roster.RosterKind(), new no.turnus.homecare.HomecareKind(),
                new no.turnus.scenario.facility.SitingKind(), new no.turnus.scenario.ScenarioKind()));
    }

    public Optional<ProblemKind<?, ?>> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public ProblemKind<?, ?> get(String name) {
        return find(name).orElseThrow(() -> new InvalidInputException("$.kind",
                "unknown kind '" + name + "', expected one of " + byName.keySet()));
    }

    public java.util.Collection<ProblemKind<?, ?>> all() {
        return byName.values();
    }
}
