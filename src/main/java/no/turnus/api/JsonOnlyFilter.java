package no.turnus.api;

import java.io.IOException;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every POST, PUT and PATCH must be {@code application/json} (415 otherwise), with or without a body. This is the
 * service's defence against cross-site request forgery: a browser sends the credentials it holds for the service
 * (HTTP Basic) with a page's form post too, but a form can only send urlencoded, multipart or text/plain, and a
 * cross-site script that sets {@code application/json} needs a CORS preflight, which this service never allows.
 */
@Component
class JsonOnlyFilter extends OncePerRequestFilter {

    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    private final ProblemWriter problems;

    JsonOnlyFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (WITH_BODY.contains(request.getMethod()) && !json(request.getContentType())) {
            problems.write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                    "Send Content-Type: application/json (also for a POST without a body); was "
                            + (request.getContentType() == null ? "none" : "'" + request.getContentType() + "'") + ".");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean json(String contentType) {
        try {
            MediaType type = contentType == null ? null : MediaType.parseMediaType(contentType);
            return type != null && (MediaType.APPLICATION_JSON.includes(type)
                    || "application".equals(type.getType()) && type.getSubtype().endsWith("+json"));
        } catch (IllegalArgumentException invalid) {
            return false;
        }
    }
}
