package com.kiorex.kernel.problem;

/** The thing asked for does not exist, or the caller may not know that it exists. */
public class NotFound extends DomainException {

    public NotFound(String what) {
        super(what + " not found");
    }
}
