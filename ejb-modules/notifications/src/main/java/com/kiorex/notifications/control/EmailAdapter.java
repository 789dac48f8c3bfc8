package com.kiorex.notifications.control;

import com.kiorex.notifications.entity.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Email through the configured SMTP relay (Jakarta Mail). The {@code Message-ID} is derived from the
 * delivery id, so if a crash after the relay accepted a message makes us send it again, receivers
 * and mail stores can recognise the duplicate.
 */
@ApplicationScoped
public class EmailAdapter implements ChannelAdapter {

    static final String MESSAGE_ID_DOMAIN = "notifications.kiorex";

    @Inject
    NotificationsConfig config;

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    /** A mail session and the settings it was made for. */
    private record Configured(NotificationsConfig.Smtp smtp, Session session) {
    }

    private volatile Configured configured;

    @Override
    public void send(Outgoing outgoing) throws DeliveryFailure {
        NotificationsConfig.Smtp smtp = config.smtp();
        Session session = session(smtp);
        deliver(outgoing, smtp, session);
    }

    /**
     * One session while the settings stay the same: making one loads Jakarta Mail's provider lists from
     * the class path, which showed in profiles when it happened for every email.
     */
    Session session(NotificationsConfig.Smtp smtp) {
        Configured current = configured;
        if (current == null || !current.smtp().equals(smtp)) {
            current = new Configured(smtp, newSession(smtp));
            configured = current;
        }
        return current.session();
    }

    private static Session newSession(NotificationsConfig.Smtp smtp) {
        Properties props = new Properties();
        props.put("mail.smtp.host", smtp.host());
        props.put("mail.smtp.port", Integer.toString(smtp.port()));
        props.put("mail.smtp.starttls.enable", Boolean.toString(smtp.startTls()));
        props.put("mail.smtp.starttls.required", Boolean.toString(smtp.startTls()));
        props.put("mail.smtp.auth", Boolean.toString(smtp.user() != null));
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.writetimeout", "10000");
        return Session.getInstance(props);
    }

    private void deliver(Outgoing outgoing, NotificationsConfig.Smtp smtp, Session session) throws DeliveryFailure {
        try {
            MimeMessage message = new FixedIdMessage(session, "<" + outgoing.deliveryId() + "@" + MESSAGE_ID_DOMAIN + ">");
            message.setFrom(new InternetAddress(smtp.from()));
            message.setRecipients(jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(outgoing.address()));
            message.setSubject(outgoing.subject(), StandardCharsets.UTF_8.name());
            message.setText(outgoing.body(), StandardCharsets.UTF_8.name());
            if (smtp.user() != null) {
                Transport.send(message, smtp.user(), smtp.password());
            } else {
                Transport.send(message);
            }
        } catch (MessagingException e) {
            // the exception text can quote the address: keep only its kind
            throw new DeliveryFailure("SMTP relay refused or unreachable (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Keeps the Message-ID we set; Jakarta Mail would otherwise replace it on save. */
    static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
