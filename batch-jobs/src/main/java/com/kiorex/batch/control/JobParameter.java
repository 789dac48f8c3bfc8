package com.kiorex.batch.control;

import java.util.Objects;
import java.util.Optional;

/** A whole-number parameter of a job, with its bounds and the value used when it is not given. */
public record JobParameter(String name, long min, long max, long defaultValue) {

    public JobParameter {
        Objects.requireNonNull(name);
        if (min > max || defaultValue < min || defaultValue > max) {
            throw new IllegalArgumentException("the default of " + name + " must lie within its bounds");
        }
    }

    public static JobParameter wholeNumber(String name, long min, long max, long defaultValue) {
        return new JobParameter(name, min, max, defaultValue);
    }

    /** The value as the job receives it, or what is wrong with it. */
    Result check(String value) {
        try {
            long parsed = Long.parseLong(value.strip());
            if (parsed < min || parsed > max) {
                return Result.wrong("must be between " + min + " and " + max);
            }
            return new Result(Optional.of(Long.toString(parsed)), Optional.empty());
        } catch (NumberFormatException e) {
            return Result.wrong("must be a whole number");
        }
    }

    String defaultText() {
        return Long.toString(defaultValue);
    }

    record Result(Optional<String> value, Optional<String> problem) {
        static Result wrong(String problem) {
            return new Result(Optional.empty(), Optional.of(problem));
        }
    }
}
