package com.kiorex.notifications.control;

import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The recipients already looked up in the current transaction. Planning one booking event asks for each
 * person three times (the notice and two reminders), and each look-up reads their preferences and every
 * contact directory: a third of the consumers' time in a profile of bookings.
 */
@TransactionScoped
public class RecipientsOfTransaction implements Serializable {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, Recipient> bySubject = new HashMap<>();

    public Recipient of(String subject, Function<String, Recipient> lookUp) {
        return bySubject.computeIfAbsent(subject, lookUp);
    }
}
