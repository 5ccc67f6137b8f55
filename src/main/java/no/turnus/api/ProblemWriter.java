package no.turnus.api;

import java.io.IOException;
import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes {@code application/problem+json} where Spring MVC's error handling does not reach: servlet filters
 * (body size, content type) and Spring Security (401 without valid credentials, 403 for a role without the right,
 * 400 for a URL its firewall refuses).
 */
@Component
class ProblemWriter implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

    private final ObjectMapper json;
    /** The challenge a 401 carries: Basic for local users (the browser then asks), Bearer with JWTs. */
    private final String challenge;

    ProblemWriter(ObjectMapper json, SecurityProperties security) {
        this.json = json;
        this.challenge = security.jwt() ? "Bearer" : "Basic realm=\"Turnus\", charset=\"UTF-8\"";
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        ProblemDetail problem = ErrorHandling.problem(status, title, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        send(response, problem);
    }

    private void send(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", challenge);
        write(request, response, HttpStatus.UNAUTHORIZED, "Sign-in required", request.getHeader("Authorization") == null
                ? "Send credentials: " + (challenge.startsWith("Bearer") ? "a bearer token." : "HTTP Basic.")
                : "The credentials were not accepted.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "Not allowed", "Your roles do not allow this.");
    }

    /** Spring Security's firewall refuses encoded {@code % / \\ ;}, {@code ..} and the like in a URL; no instance,
     * as the URL may not even parse. */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        send(response, ErrorHandling.problem(HttpStatus.BAD_REQUEST, "URL refused", "The URL holds characters the"
                + " service does not accept in a path (an encoded %, /, \\ or ;, or ..)."));
    }
}
