package com.kiorex.web.logging;

/** The id of the API request the current thread is working on, if any. */
public final class RequestLog {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RequestLog() {
    }

    public static String current() {
        return CURRENT.get();
    }

    /** Marks the thread as working on this request until {@link #end()}. */
    public static void begin(String requestId) {
        CURRENT.set(requestId);
    }

    public static void end() {
        CURRENT.remove();
    }
}
