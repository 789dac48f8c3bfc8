package com.kiorex.consultations.control;

import com.kiorex.kernel.problem.RuleViolation;
import java.time.DateTimeException;
import java.util.function.Supplier;

/** Turns an entity's refusal of invalid values into the business refusal the caller sees (422). */
public final class Rules {

    private Rules() {
    }

    public static <T> T enforce(Supplier<T> action) {
        try {
            return action.get();
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new RuleViolation(e.getMessage());
        }
    }

    public static void enforce(Runnable action) {
        enforce(() -> {
            action.run();
            return null;
        });
    }
}
