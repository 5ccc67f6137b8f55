package no.turnus.store;

import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * What a caller may see in a list: datasets and jobs of these units and kinds. Null means any (an administrator).
 */
public record Scope(Set<String> units, Set<String> kinds) {

    public static final Scope ALL = new Scope(null, null);

    public Scope {
        units = units == null ? null : Set.copyOf(units);
        kinds = kinds == null ? null : Set.copyOf(kinds);
    }

    /** The SQL condition (to follow WHERE) with the named parameters {@code units} and {@code kinds}. */
    String condition() {
        if (units != null && units.isEmpty() || kinds != null && kinds.isEmpty()) {
            return "1 = 0";
        }
        return (units == null ? "1 = 1" : "unit IN (:units)") + (kinds == null ? "" : " AND kind IN (:kinds)");
    }

    StatementSpec bind(StatementSpec statement) {
        if (units != null && !units.isEmpty()) {
            statement = statement.param("units", units);
        }
        if (kinds != null && !kinds.isEmpty()) {
            statement = statement.param("kinds", kinds);
        }
        return statement;
    }
}
