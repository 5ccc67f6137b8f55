package no.turnus.api;

import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import no.turnus.store.Scope;

/**
 * The signed-in user as the API sees it: a name, roles and organisation units. Both sign-in modes (local users,
 * JWTs) express roles as authorities {@code ROLE_<role>} and units as {@code UNIT_<unit>}.
 */
record Caller(String name, Set<Role> roles, Set<String> units) {

    static final String ROLE_PREFIX = "ROLE_";
    static final String UNIT_PREFIX = "UNIT_";

    /** Sorted, so the UI and the API show them in a stable order. */
    Caller {
        roles = Collections.unmodifiableSortedSet(new TreeSet<>(roles));
        units = Collections.unmodifiableSortedSet(new TreeSet<>(units));
    }

    static Caller of(Authentication authentication) {
        Set<Role> roles = new HashSet<>();
        Set<String> units = new HashSet<>();
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name.startsWith(ROLE_PREFIX)) {
                role(name.substring(ROLE_PREFIX.length())).ifPresent(roles::add);
            } else if (name.startsWith(UNIT_PREFIX)) {
                units.add(name.substring(UNIT_PREFIX.length()));
            }
        }
        return new Caller(authentication.getName(), roles, units);
    }

    /** A role by its name, case-insensitive; unknown names are no role. */
    static Optional<Role> role(String name) {
        try {
            return Optional.of(Role.valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    boolean admin() {
        return roles.contains(Role.ADMIN);
    }

    /** Whether the caller may see anything of this unit (an administrator sees every unit). */
    boolean sees(String unit) {
        return admin() || units.contains(unit);
    }

    boolean reads(String kind) {
        return roles.stream().anyMatch(role -> role.reads(kind));
    }

    boolean writes(String kind) {
        return roles.stream().anyMatch(role -> role.writes(kind));
    }

    /** What the caller's lists show: own units, kinds a role reads. */
    Scope scope() {
        if (admin()) {
            return Scope.ALL;
        }
        Set<String> kinds = new HashSet<>();
        roles.forEach(role -> kinds.addAll(role.readKinds()));
        return new Scope(units, kinds);
    }
}
