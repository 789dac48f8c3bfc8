package com.kiorex.web.security;

import java.util.UUID;
import java.util.regex.Pattern;

/** Request ids: a caller's own id is kept when it is harmless, otherwise a new one is made. */
final class RequestIds {

    static final String HEADER = "X-Request-Id";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    private RequestIds() {
    }

    static String acceptOrCreate(String offered) {
        return offered != null && SAFE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }
}
