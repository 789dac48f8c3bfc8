package com.kiorex.notifications.control;

/** A channel could not take a message. The message is ours and safe to store: no address, no text. */
public class DeliveryFailure extends Exception {

    public DeliveryFailure(String message) {
        super(message);
    }
}
