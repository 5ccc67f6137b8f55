package no.turnus.api;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedRuntimeException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import no.turnus.job.JobStateException;
import no.turnus.job.QueueFullException;
import no.turnus.problem.InputProblem;
import no.turnus.problem.InvalidInputException;
import no.turnus.store.NotFoundException;

/**
 * Turns every failure into {@code application/problem+json}: Spring's own (unknown path, wrong method, ...)
 * through {@link ResponseEntityExceptionHandler}, Turnus' below. Invalid input carries {@code errors}, a list of
 * {path, message}, every problem at once.
 */
@RestControllerAdvice
class ErrorHandling extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);
    /** How long a client refused for a full queue or an unreachable database should wait before trying again. */
    private static final String RETRY_AFTER_SECONDS = "10";

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return invalid(e.problems());
    }

    private static ProblemDetail invalid(List<InputProblem> problems) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", problems.size() == 1
                ? "1 problem in the input: " + problems.get(0)
                : problems.size() + " problems in the input; each is listed in errors with its JSON path.");
        problem.setProperty("errors", problems.stream()
                .map(p -> Map.of("path", p.path(), "message", p.message())).toList());
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(JobStateException.class)
    ProblemDetail conflict(JobStateException e) {
        return problem(HttpStatus.CONFLICT, "Not possible in the job's state", e.getMessage());
    }

    @ExceptionHandler(QueueFullException.class)
    ResponseEntity<ProblemDetail> queueFull(QueueFullException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, "Job queue full", e.getMessage()));
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, "Not allowed", e.getMessage());
    }

    /**
     * The database cannot be reached (no connection within the pool's short connection timeout, or the connection
     * broke): a 503 that says when to try again, instead of a 500.
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessException.class,
            RecoverableDataAccessException.class, CannotCreateTransactionException.class,
            TransactionSystemException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(NestedRuntimeException e) {
        // CannotCreateTransactionException: a write with its audit row could not get a connection;
        // TransactionSystemException: the connection broke under it, so even the rollback failed.
        LOG.warn("Database unavailable: {}", e.getMostSpecificCause().getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Database unavailable",
                        "The database cannot be reached at the moment; nothing was changed. Try again shortly."));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        LOG.info("Refused a write that conflicts with stored data: {}", e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, "Conflicts with stored data",
                "The request refers to something that was changed or deleted meanwhile; reload and try again.");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        LOG.error("Unexpected error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "Something went wrong in the service; the error is logged. Nothing was half-written.");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException tooLarge) {
                return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).header(HttpHeaders.CONNECTION, "close")
                        .body(problem(HttpStatus.PAYLOAD_TOO_LARGE, "Request body too large", tooLarge.getMessage()));
            }
        }
        // Bodies are read as bytes and parsed by Turnus itself, so this is a body that could not be read at all.
        return ResponseEntity.badRequest().body(invalid(List.of(new InputProblem("$",
                "the request body is missing or cannot be read"))));
    }
}
