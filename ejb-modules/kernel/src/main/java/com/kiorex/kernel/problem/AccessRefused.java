package com.kiorex.kernel.problem;

/** The caller is signed in but this record is not theirs, nor in their care. */
public class AccessRefused extends DomainException {

    public AccessRefused(String message) {
        super(message);
    }
}
