package com.kiorex.kernel.problem;

import jakarta.ejb.ApplicationException;

/** Root of the business failures; the message is safe to show to the caller (no PHI). */
@ApplicationException(rollback = true, inherited = true)
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message);
    }
}
