package com.kiorex.notifications.control;

import com.kiorex.notifications.entity.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** SMS through the configured HTTP gateway. */
@ApplicationScoped
public class SmsAdapter implements ChannelAdapter {

    @Inject
    NotificationsConfig config;

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public void send(Outgoing outgoing) throws DeliveryFailure {
        HttpGateway.post(config.sms().orElseThrow(() -> new DeliveryFailure("no SMS gateway configured")), outgoing);
    }
}
