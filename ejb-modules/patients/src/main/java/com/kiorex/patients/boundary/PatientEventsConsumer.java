package com.kiorex.patients.boundary;

import com.kiorex.kernel.inbox.boundary.Inbox;
import com.kiorex.kernel.messaging.control.IdempotentReceiver;
import com.kiorex.kernel.messaging.control.IncomingEvent;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Welcomes a newly registered patient in their in-app inbox. Idempotent on the event id: a
 * redelivered event writes nothing twice. A message it cannot read is rethrown so that, after the
 * broker's redelivery attempts, it lands on the dead-letter queue instead of being lost. The broker's
 * address and credentials come from the resource adapter's configuration (MicroProfile Config).
 */
@TransactionManagement(TransactionManagementType.BEAN)
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = PatientEvents.QUEUE),
    @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
    // no XA: a local broker transaction acknowledges after IdempotentReceiver.once has committed
    @ActivationConfigProperty(propertyName = "useLocalTx", propertyValue = "true"),
    // a small pool: 15 sessions per queue (the default) is more than 2 cores can use
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
public class PatientEventsConsumer implements MessageListener {

    static final String CONSUMER = "patients.welcome";
    private static final Logger LOG = Logger.getLogger(PatientEventsConsumer.class.getName());

    @Inject
    IdempotentReceiver receiver;

    @Inject
    Inbox inbox;

    @Override
    public void onMessage(Message message) {
        IncomingEvent incoming = IncomingEvent.of(message);
        if (!PatientEvents.REGISTERED.equals(incoming.type())) {
            return;
        }
        JsonObject payload = Json.createReader(new StringReader(incoming.body())).readObject();
        UUID patientId = UUID.fromString(payload.getString("patientId"));
        String account = payload.getString("accountSubject");
        boolean first = receiver.once(CONSUMER, incoming.eventId(), () -> inbox.deliver(account, patientId, "WELCOME",
                "Welcome to Kiorex",
                "Your patient record is ready. You can add family members, emergency contacts and consents."));
        LOG.info(() -> "request " + incoming.requestId() + ": event " + incoming.eventId()
                + (first ? ": welcome written" : " already processed, skipped"));
    }
}
