package com.kiorex.notifications.control;

import com.kiorex.notifications.entity.Channel;

/** Sends over one channel. Implementations: SMTP, the SMS and push HTTP gateways, the in-app inbox. */
public interface ChannelAdapter {

    Channel channel();

    void send(Outgoing message) throws DeliveryFailure;
}
