package com.kiorex.web.prescriptions;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** The name a prescription prints for its doctor: the token's {@code name}, else its {@code upn}, else the user name. */
final class PrescriberName {

    private PrescriberName() {
    }

    static String of(JsonWebToken token) {
        for (String claim : new String[] {"name", "upn", "preferred_username"}) {
            Object value = token.getClaim(claim);
            if (value != null && !value.toString().isBlank()) {
                return value.toString().strip();
            }
        }
        return token.getSubject();
    }
}
