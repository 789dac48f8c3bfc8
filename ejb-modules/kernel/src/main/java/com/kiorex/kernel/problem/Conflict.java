package com.kiorex.kernel.problem;

/** The request collides with the current state (a duplicate, a stale version). */
public class Conflict extends DomainException {

    public Conflict(String message) {
        super(message);
    }
}
