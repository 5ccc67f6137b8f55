package no.turnus.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

/** Roles and units read from an identity provider's token, with the claim names configured. */
class JwtClaimsTest {

    private static Jwt token(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").issuedAt(Instant.now());
        claims.forEach(builder::claim);
        return builder.build();
    }

    private static SecurityProperties claims(String roles, String units) {
        return new SecurityProperties("https://issuer.example", null, null, roles, units, null, null);
    }

    @Test
    void keycloakRealmRolesAndAListOfUnits() {
        Jwt jwt = token(Map.of("preferred_username", "kari", "realm_access", Map.of("roles",
                List.of("unit_leader", "offline_access")), "units", List.of("solsikken-1", "solsikken-2")));
        Caller caller = Caller.of(SecurityConfiguration.jwtConverter(claims("realm_access.roles", "units")).convert(jwt));
        assertThat(caller.name()).isEqualTo("kari");
        assertThat(caller.roles()).containsExactly(Role.UNIT_LEADER);
        assertThat(caller.units()).containsExactly("solsikken-1", "solsikken-2");
        assertThat(caller.sees("solsikken-2")).isTrue();
        assertThat(caller.sees("other")).isFalse();
    }

    @Test
    void entraAppRolesAndUnitsAsOneString() {
        Jwt jwt = token(Map.of("preferred_username", "ola@kommune.no", "roles", List.of("PLANNER", "HOMECARE_LEADER"),
                "turnus_units", "narvik-nord narvik-sentrum"));
        Caller caller = Caller.of(SecurityConfiguration.jwtConverter(claims(null, "turnus_units")).convert(jwt));
        assertThat(caller.roles()).containsExactly(Role.HOMECARE_LEADER, Role.PLANNER);
        assertThat(caller.units()).containsExactly("narvik-nord", "narvik-sentrum");
        assertThat(caller.reads("roster")).isTrue();
        assertThat(caller.writes("roster")).isFalse();
    }

    @Test
    void aTokenWithoutRolesMayDoNothing() {
        Caller caller = Caller.of(SecurityConfiguration.jwtConverter(claims(null, null)).convert(
                token(Map.of("preferred_username", "x", "units", List.of("a")))));
        assertThat(caller.roles()).isEmpty();
        assertThat(caller.reads("roster")).isFalse();
        assertThat(caller.scope().kinds()).isEmpty();
    }
}
