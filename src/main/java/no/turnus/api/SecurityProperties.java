package no.turnus.api;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in ({@code turnus.security.*}, docs/security.md). With an {@code issuerUri} the service accepts only JWTs
 * of that OIDC issuer (production); without, it signs in the users configured here with HTTP Basic (local mode).
 *
 * @param issuerUri     the identity provider's issuer URL (Entra ID, ID-porten, Keycloak); empty for local mode
 * @param audience      when set, a token must name it in {@code aud}
 * @param nameClaim     the claim that names the user in the audit log; default {@code preferred_username}
 * @param rolesClaim    the claim (a dotted path for nested claims, e.g. {@code realm_access.roles}) with the roles
 *                      UNIT_LEADER, HOMECARE_LEADER, PLANNER, ADMIN; default {@code roles}
 * @param unitsClaim    the claim with the organisation units; default {@code units}
 * @param adminPassword local mode: the password of the user {@code admin}; when no user is configured and this is
 *                      empty, one is generated at start and logged once
 * @param users         local mode: further users by name
 */
@ConfigurationProperties("turnus.security")
record SecurityProperties(String issuerUri, String audience, String nameClaim, String rolesClaim, String unitsClaim,
                          String adminPassword, Map<String, LocalUser> users) {

    /** A local user: password ({@code {bcrypt}...}, or plain text for development), roles and units. */
    record LocalUser(String password, List<String> roles, List<String> units) {

        LocalUser {
            roles = roles == null ? List.of() : List.copyOf(roles);
            units = units == null ? List.of() : List.copyOf(units);
        }
    }

    SecurityProperties {
        issuerUri = issuerUri == null ? "" : issuerUri.trim();
        audience = audience == null ? "" : audience.trim();
        nameClaim = nameClaim == null || nameClaim.isBlank() ? "preferred_username" : nameClaim;
        rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? "roles" : rolesClaim;
        unitsClaim = unitsClaim == null || unitsClaim.isBlank() ? "units" : unitsClaim;
        adminPassword = adminPassword == null ? "" : adminPassword;
        users = users == null ? Map.of() : Map.copyOf(users);
    }

    boolean jwt() {
        return !issuerUri.isEmpty();
    }
}
