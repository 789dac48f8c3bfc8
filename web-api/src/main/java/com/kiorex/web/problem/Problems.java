package com.kiorex.web.problem;

import com.kiorex.kernel.problem.AccessRefused;
import com.kiorex.kernel.problem.Conflict;
import com.kiorex.kernel.problem.DomainException;
import com.kiorex.kernel.problem.NotFound;
import com.kiorex.kernel.problem.RuleViolation;
import com.kiorex.kernel.security.Caller;
import com.kiorex.web.logging.RequestLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns any failure into its problem response and logs it once: 4xx at INFO (the caller's
 * mistake), 5xx at SEVERE with the stack trace, which only the log sees.
 */
@ApplicationScoped
public class Problems {

    private static final Logger LOG = Logger.getLogger(Problems.class.getName());
    private static final String UNIQUE_VIOLATION = "23505";
    /** Seconds a client is asked to wait when the server is out of database connections. */
    static final int OVERLOAD_RETRY_AFTER = 2;

    private final Overload overload = new Overload(1_000_000_000L, System::nanoTime);

    @Inject
    Caller caller;

    public Response forDomain(DomainException e) {
        int status;
        String title;
        if (e instanceof NotFound) {
            status = 404;
            title = "Not found";
        } else if (e instanceof AccessRefused) {
            status = 403;
            title = "Forbidden";
        } else if (e instanceof Conflict) {
            status = 409;
            title = "Conflict";
        } else if (e instanceof RuleViolation) {
            status = 422;
            title = "Request refused";
        } else {
            status = 422;
            title = "Request refused";
        }
        return respond(Problem.of(status, title, e.getMessage()), null);
    }

    /**
     * Failures from deeper layers: a body that is not the expected JSON, domain exceptions, lock and
     * uniqueness conflicts, or faults.
     */
    public Response forFailure(Throwable failure) {
        if (Overload.isPoolExhausted(failure)) {
            return overloaded();
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonException) {
                return respond(Problem.of(400, "Malformed request body", "the body is not valid JSON for this "
                        + "endpoint (check field names, value types, enum values and date formats)"), null);
            }
            if (t instanceof DomainException domain) {
                return forDomain(domain);
            }
            if (t instanceof OptimisticLockException) {
                return respond(Problem.of(409, "Conflict", "the record was changed by someone else; read it again"),
                        null);
            }
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return respond(Problem.of(409, "Conflict", "this would duplicate an existing record"), null);
            }
            if (t instanceof PersistenceException && t.getCause() == null) {
                break;
            }
        }
        return respond(Problem.of(500, "Internal error",
                "something went wrong on our side; quote the request id when reporting it"), failure);
    }

    /** 503 with Retry-After: the request did nothing; the client may try again shortly. */
    private Response overloaded() {
        long refused = overload.refusedAndDue();
        if (refused > 0) {
            LOG.warning(() -> "overloaded: " + refused + " request(s) refused with 503 in the last second "
                    + "(no database connection free in time)");
        }
        return Response.fromResponse(Problem.of(503, "Service unavailable",
                        "the server is overloaded; retry after " + OVERLOAD_RETRY_AFTER + " s")
                .requestId(requestId()).toResponse().build())
                .header("Retry-After", OVERLOAD_RETRY_AFTER).build();
    }

    /** 400 naming each field (or parameter) at fault, the one shape of every "your input is wrong". */
    public Response invalid(String detail, Map<String, String> fieldErrors) {
        return respond(Problem.of(400, "Invalid request", detail).fieldErrors(fieldErrors), null);
    }

    public Response respond(Problem problem, Throwable fault) {
        String requestId = requestId();
        problem.requestId(requestId);
        Response response = problem.toResponse().build();
        if (response.getStatus() >= 500) {
            LOG.log(Level.SEVERE, "request " + requestId + " failed", fault);
        } else {
            LOG.info(() -> "request " + requestId + " refused with " + response.getStatus());
        }
        return response;
    }

    /**
     * The id the request was given on arrival; the caller's copy of it is only filled once a resource
     * matched, so a 404, 405 or 415 before that would otherwise name a fresh id the client never saw.
     */
    private String requestId() {
        String settled = RequestLog.current();
        return settled != null ? settled : caller.requestId();
    }
}
