package com.kiorex.kernel.problem;

/** The request is well-formed but a business rule refuses it. */
public class RuleViolation extends DomainException {

    public RuleViolation(String message) {
        super(message);
    }
}
