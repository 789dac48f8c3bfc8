package com.kiorex.notifications.control;

import com.kiorex.notifications.entity.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Push messages through the configured HTTP push gateway. */
@ApplicationScoped
public class PushAdapter implements ChannelAdapter {

    @Inject
    NotificationsConfig config;

    @Override
    public Channel channel() {
        return Channel.PUSH;
    }

    @Override
    public void send(Outgoing outgoing) throws DeliveryFailure {
        HttpGateway.post(config.push().orElseThrow(() -> new DeliveryFailure("no push gateway configured")), outgoing);
    }
}
