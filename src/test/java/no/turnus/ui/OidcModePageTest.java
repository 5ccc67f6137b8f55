package no.turnus.ui;

import static no.turnus.api.ServiceClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import no.turnus.api.ServiceClient;

/**
 * The production mode of docs/security.md end to end: an identity provider on this machine (its discovery document
 * and keys over HTTP, like Keycloak's) signs tokens with realm roles and units; the service takes only its tokens
 * for this audience, and the web UI, behind a gateway that adds the user's token to every request (the browser
 * here adds it), shows who is signed in and lists what that user's unit holds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:oidc-test;DB_CLOSE_DELAY=-1",
        "turnus.security.audience=api://turnus",
        "turnus.security.roles-claim=realm_access.roles"})
class OidcModePageTest {

    private static final RSAKey KEY = key();
    private static final HttpServer PROVIDER = provider();
    private static final String ISSUER = "http://127.0.0.1:" + PROVIDER.getAddress().getPort() + "/realms/helse";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("turnus.security.issuer-uri", () -> ISSUER);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.stop(0);
    }

    @Test
    void onlyTheIssuersTokensForThisServiceSignIn() {
        ServiceClient kari = ServiceClient.bearer(port, token(KEY, ISSUER, "api://turnus", "kari", "solsikken-1"));
        assertThat(ServiceClient.json(kari.get("/api/me")).get("name").asText()).isEqualTo("kari");

        HttpResponse<String> anonymous = new ServiceClient(port, null, null).get("/api/datasets");
        assertProblem(anonymous, 401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Bearer");
        // Local users and Basic are off in this mode.
        assertProblem(new ServiceClient(port).get("/api/datasets"), 401);
        assertProblem(ServiceClient.bearer(port, token(KEY, ISSUER, "api://other", "kari", "solsikken-1"))
                .get("/api/datasets"), 401);
        assertProblem(ServiceClient.bearer(port, token(KEY, "http://127.0.0.1:1/realms/other", "api://turnus", "kari",
                "solsikken-1")).get("/api/datasets"), 401);
        assertProblem(ServiceClient.bearer(port, token(key(), ISSUER, "api://turnus", "kari", "solsikken-1"))
                .get("/api/datasets"), 401);
    }

    @Test
    void theWebUiShowsWhoIsSignedInAndServesTheirUnit() throws IOException {
        String kariToken = token(KEY, ISSUER, "api://turnus", "kari", "solsikken-1");
        ServiceClient kari = ServiceClient.bearer(port, kariToken);
        HttpResponse<String> created = kari.post("/api/datasets", Files.readString(Path.of("data-samples",
                "roster-small.json")).replaceFirst("\"name\"\\s*:\\s*\"[^\"]*\"", "\"name\": \"Kari's roster\""));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(ServiceClient.json(created).get("unit").asText()).isEqualTo("solsikken-1");
        assertThat(ServiceClient.json(created).get("name").asText()).isEqualTo("Kari's roster");
        assertProblem(ServiceClient.bearer(port, token(KEY, ISSUER, "api://turnus", "ola", "solsikken-2"))
                .get("/api/datasets/" + ServiceClient.json(created).get("id").asText()), 404);

        try (Browser browser = Browser.start(port, "Bearer " + kariToken)) {
            browser.open("/roster.html");
            assertThat(browser.shown("#signed-in").getText()).contains("kari").contains("solsikken-1");
            browser.await("Kari's dataset listed", d -> new Select(browser.find("#dataset")).getOptions().stream()
                    .anyMatch(option -> option.getText().startsWith("Kari's roster")));
            browser.screenshot("oidc-signed-in");
        }
    }

    /** A token as Keycloak issues it: realm roles under realm_access, the units as a multivalued attribute. */
    private static String token(RSAKey key, String issuer, String audience, String user, String unit) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).audience(audience).subject(user + "-id")
                .claim("preferred_username", user)
                .claim("realm_access", Map.of("roles", List.of("unit_leader", "offline_access")))
                .claim("units", List.of(unit))
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(600))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static RSAKey key() {
        try {
            return new RSAKeyGenerator(2048).keyID("k" + System.nanoTime()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The issuer's discovery document and its public keys, as the service fetches them. */
    private static HttpServer provider() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            String issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/helse";
            serve(server, "/realms/helse/.well-known/openid-configuration", "{\"issuer\":\"" + issuer
                    + "\",\"jwks_uri\":\"" + issuer + "/certs\",\"subject_types_supported\":[\"public\"]}");
            serve(server, "/realms/helse/certs", new JWKSet(KEY.toPublicJWK()).toString());
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void serve(HttpServer server, String path, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }
}
