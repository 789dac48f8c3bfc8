package com.kiorex.web.problem;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * Recognises "no database connection free in time" and keeps its logging to one line per interval:
 * under overload a stack trace per refused request would burn the CPU the server is short of.
 */
public final class Overload {

    private static final String POOL_EXHAUSTED = "In-use connections equal max-pool-size";

    private final long intervalNanos;
    private final LongSupplier clock;
    private final AtomicLong nextReport;
    private final LongAdder refusedSinceReport = new LongAdder();

    public Overload(long intervalNanos, LongSupplier clock) {
        this.intervalNanos = intervalNanos;
        this.clock = clock;
        this.nextReport = new AtomicLong(clock.getAsLong());
    }

    /** True when the failure, anywhere in its causes, is the connection pool's "none free in time". */
    static boolean isPoolExhausted(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(POOL_EXHAUSTED)) {
                return true;
            }
            if (t.getClass().getSimpleName().equals("PoolingException")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Counts one refusal; returns how many were refused since the last report when it is time to
     * report again, otherwise -1.
     */
    public long refusedAndDue() {
        refusedSinceReport.increment();
        long now = clock.getAsLong();
        long due = nextReport.get();
        if (now - due >= 0 && nextReport.compareAndSet(due, now + intervalNanos)) {
            return refusedSinceReport.sumThenReset();
        }
        return -1;
    }
}
