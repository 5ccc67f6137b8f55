package no.turnus.api;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import no.turnus.ui.UiProperties;

/**
 * Sign-in, roles and the web headers. Every request needs a signed-in user except the health status (its details
 * are for administrators). Sessions are not kept: each request carries its credentials (HTTP Basic or a bearer
 * token), so there is no session cookie to forge requests with; the browser's cached Basic credentials are kept
 * from cross-site forms by {@link JsonOnlyFilter}. See docs/security.md.
 */
@Configuration
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, SecurityProperties security, ProblemWriter problems,
                                    UiProperties ui) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers("/api/audit", "/api/audit/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // No cookies or sessions to ride on (see the class comment and JsonOnlyFilter).
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(ui.tileUrl())))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frames -> frames.deny()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        if (security.jwt()) {
            http.oauth2ResourceServer(server -> server
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(jwtConverter(security)))
                    .authenticationEntryPoint(problems).accessDeniedHandler(problems));
        } else {
            http.httpBasic(basic -> basic.authenticationEntryPoint(problems));
        }
        return http.build();
    }

    /**
     * Scripts only from the service itself (no inline script), no framing, images from the service and the map's
     * tile server; Leaflet positions the map with inline styles.
     */
    static String contentSecurityPolicy(String tileUrl) {
        Matcher origin = Pattern.compile("^(https?://[^/]+)").matcher(tileUrl);
        String tiles = origin.find() ? " " + origin.group(1).replaceAll("\\{[a-z]}", "*") : "";
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:" + tiles
                + "; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    static JwtAuthenticationConverter jwtConverter(SecurityProperties security) {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setPrincipalClaimName(security.nameClaim());
        converter.setJwtGrantedAuthoritiesConverter(jwt -> {
            List<GrantedAuthority> authorities = new ArrayList<>();
            claim(jwt, security.rolesClaim()).forEach(role -> Caller.role(role)
                    .ifPresent(known -> authorities.add(new SimpleGrantedAuthority(Caller.ROLE_PREFIX + known.name()))));
            claim(jwt, security.unitsClaim()).forEach(unit -> authorities.add(
                    new SimpleGrantedAuthority(Caller.UNIT_PREFIX + unit)));
            return authorities;
        });
        return converter;
    }

    /** The strings of a claim given as a dotted path: a list, or one string of space- or comma-separated values. */
    static List<String> claim(Jwt jwt, String path) {
        Object value = jwt.getClaims();
        for (String part : path.split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(part) : null;
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return value instanceof String text ? List.of(text.trim().split("[\\s,]+")) : List.of();
    }

    /** Production: tokens of the configured issuer, its keys fetched when the first token arrives. */
    @Configuration
    @ConditionalOnExpression("'${turnus.security.issuer-uri:}'.trim() != ''")
    static class Tokens {

        @Bean
        JwtDecoder jwtDecoder(SecurityProperties security) {
            return new SupplierJwtDecoder(() -> {
                NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(security.issuerUri()).build();
                decoder.setJwtValidator(security.audience().isEmpty()
                        ? JwtValidators.createDefaultWithIssuer(security.issuerUri())
                        : new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(
                                security.issuerUri()), token -> token.getAudience() != null
                                && token.getAudience().contains(security.audience())
                                ? OAuth2TokenValidatorResult.success()
                                : OAuth2TokenValidatorResult.failure(new org.springframework.security.oauth2.core
                                        .OAuth2Error("invalid_token", "wrong audience", null))));
                return decoder;
            });
        }
    }

    /** Local mode: users from configuration, HTTP Basic. */
    @Configuration
    @ConditionalOnExpression("'${turnus.security.issuer-uri:}'.trim() == ''")
    static class LocalUsers {

        @Bean
        PasswordEncoder passwordEncoder() {
            return PasswordEncoderFactories.createDelegatingPasswordEncoder();
        }

        @Bean
        UserDetailsService users(SecurityProperties security) {
            List<UserDetails> users = new ArrayList<>();
            security.users().forEach((name, user) -> users.add(user(name, user)));
            String adminPassword = security.adminPassword();
            if (adminPassword.isEmpty() && users.isEmpty()) {
                byte[] random = new byte[18];
                new SecureRandom().nextBytes(random);
                adminPassword = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
                LOG.warn("No users are configured: sign in as 'admin' with the generated password {} (valid until the"
                        + " service stops; set TURNUS_ADMIN_PASSWORD or turnus.security.users.*, or an identity"
                        + " provider with TURNUS_OIDC_ISSUER; docs/security.md)", adminPassword);
            }
            if (!adminPassword.isEmpty()) {
                users.add(user("admin", new SecurityProperties.LocalUser(adminPassword, List.of(Role.ADMIN.name()),
                        List.of())));
            }
            // Only a lookup: the manager itself would also be taken as the store to "upgrade" plain-text passwords
            // into, and Spring Security would then bcrypt-check every later request (about 0.1-0.2 s of CPU each).
            UserDetailsService lookup = new InMemoryUserDetailsManager(users);
            return lookup::loadUserByUsername;
        }

        private static UserDetails user(String name, SecurityProperties.LocalUser user) {
            if (user.password() == null || user.password().isBlank()) {
                throw new IllegalStateException("turnus.security.users." + name + ".password is empty");
            }
            List<GrantedAuthority> authorities = new ArrayList<>();
            for (String role : user.roles()) {
                authorities.add(new SimpleGrantedAuthority(Caller.ROLE_PREFIX + Caller.role(role).orElseThrow(
                        () -> new IllegalStateException("turnus.security.users." + name + ": unknown role " + role))
                        .name()));
            }
            user.units().forEach(unit -> authorities.add(new SimpleGrantedAuthority(Caller.UNIT_PREFIX + unit)));
            // A password without an encoding prefix ({bcrypt}, {noop}, ...) is plain text, as for development.
            String password = user.password().startsWith("{") ? user.password() : "{noop}" + user.password();
            return User.withUsername(name).password(password).authorities(authorities).build();
        }
    }
}
