package com.kiorex.web.security;

import com.kiorex.web.logging.RequestLog;
import com.kiorex.web.problem.Overload;
import com.kiorex.web.problem.Problem;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Admission control: at most {@code kiorex.http.max-in-flight} API requests are worked on at once;
 * the rest are answered 503 with Retry-After at once. Without it, work beyond capacity queues in
 * the HTTP worker pool until that overflows and drops connections, and nobody is served (measured:
 * BENCHMARKS.md). A refusal here costs a fraction of a served request, so the served rate holds.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class AdmissionFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(AdmissionFilter.class.getName());
    private static final int RETRY_AFTER_SECONDS = 1;

    @Inject
    @ConfigProperty(name = "kiorex.http.max-in-flight", defaultValue = "48")
    int maxInFlight;

    private volatile Semaphore permits;
    private final Overload overload = new Overload(1_000_000_000L, System::nanoTime);

    @Override
    public void init() {
        permits = new Semaphore(Math.max(1, maxInFlight));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!permits.tryAcquire()) {
            refuse(response);
            return;
        }
        // the id is settled here, before anything can log, and every log line of the request names it
        String requestId = RequestIds.acceptOrCreate(request.getHeader(RequestIds.HEADER));
        RequestLog.begin(requestId);
        try {
            chain.doFilter(request, response);
        } finally {
            RequestLog.end();
            permits.release();
        }
    }

    private void refuse(HttpServletResponse response) throws IOException {
        long refused = overload.refusedAndDue();
        if (refused > 0) {
            LOG.warning(() -> "overloaded: " + refused + " request(s) refused with 503 in the last second ("
                    + maxInFlight + " in flight)");
        }
        response.setStatus(503);
        response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        response.setContentType(Problem.MEDIA_TYPE);
        response.getWriter().write(Problem.of(503, "Service unavailable",
                "the server is at capacity; retry after " + RETRY_AFTER_SECONDS + " s").json());
    }
}
