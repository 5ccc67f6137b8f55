package no.turnus.problem;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Kinds by the name used in the datasets' {@code kind} field. Which kinds a build ships is decided outside this
 * package ({@code no.turnus.kinds.StandardKinds}), so the contract does not depend on its implementations.
 */
public final class ProblemKinds {

    private final Map<String, ProblemKind<?, ?>> byName = new LinkedHashMap<>();

    public ProblemKinds(List<ProblemKind<?, ?>> kinds) {
        kinds.forEach(kind -> byName.put(kind.name(), kind));
    }

    public Optional<ProblemKind<?, ?>> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public ProblemKind<?, ?> get(String name) {
        return find(name).orElseThrow(() -> new InvalidInputException("$.kind",
                "unknown kind '" + name + "', expected one of " + byName.keySet()));
    }

    public Collection<ProblemKind<?, ?>> all() {
        return byName.values();
    }
}
