package com.kiorex.batch.control;

import jakarta.ejb.ApplicationException;
import java.util.Map;
import java.util.TreeMap;

/** Parameters a job does not accept: one message per parameter at fault. Nothing was started. */
@ApplicationException
public class InvalidJobParameters extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidJobParameters(Map<String, String> problems) {
        super("invalid job parameters: " + String.join(", ", new TreeMap<>(problems).keySet()));
        this.problems = Map.copyOf(problems);
    }

    /** Parameter name to what is wrong with its value. */
    public Map<String, String> problems() {
        return problems;
    }
}
