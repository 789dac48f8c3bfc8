package com.kiorex.notifications.control;

import com.kiorex.kernel.inbox.boundary.Inbox;
import com.kiorex.notifications.entity.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** In-app: the kernel inbox, in the same transaction as the delivery's status. */
@ApplicationScoped
public class InAppAdapter implements ChannelAdapter {

    static final String KIND = "NOTIFICATION";

    @Inject
    Inbox inbox;

    @Override
    public Channel channel() {
        return Channel.IN_APP;
    }

    @Override
    public void send(Outgoing outgoing) {
        inbox.deliver(outgoing.recipientSubject(), outgoing.patientId(), KIND, outgoing.subject(), outgoing.body());
    }
}
