package com.kiorex.kernel.messaging.control;

import jakarta.jms.JMSConnectionFactoryDefinition;
import jakarta.jms.JMSConnectionFactoryDefinitions;

/**
 * The connection factories of the Artemis resource adapter (deployed as {@code artemis-ra.rar}).
 * The adapter takes the broker's address from MicroProfile Config ({@code kiorex.broker.host},
 * {@code kiorex.broker.port}; see its ra.xml). The credentials must be named here as well: without
 * them Payara hands the factory empty ones, which override the adapter's and the broker refuses.
 *
 * <p>{@link #CONNECTION_FACTORY} joins the caller's JTA transaction (readiness, tests). {@link #RELAY_CONNECTION_FACTORY}
 * never does: the outbox relay sends a batch in a local broker transaction of its own and commits it before the
 * database transaction that deletes the batch, so no transaction ever spans the broker and PostgreSQL (which has no
 * prepared transactions here, so "XA" was one-phase PostgreSQL plus a prepared broker branch that a crash could
 * leave in doubt, its events already deleted).
 */
@JMSConnectionFactoryDefinitions({
    @JMSConnectionFactoryDefinition(
            name = Messaging.CONNECTION_FACTORY,
            interfaceName = "jakarta.jms.ConnectionFactory",
            resourceAdapter = Messaging.RESOURCE_ADAPTER,
            user = "${MPCONFIG=kiorex.broker.user}",
            password = "${MPCONFIG=kiorex.broker.password}"),
    @JMSConnectionFactoryDefinition(
            name = Messaging.RELAY_CONNECTION_FACTORY,
            interfaceName = "jakarta.jms.ConnectionFactory",
            resourceAdapter = Messaging.RESOURCE_ADAPTER,
            user = "${MPCONFIG=kiorex.broker.user}",
            password = "${MPCONFIG=kiorex.broker.password}",
            transactional = false,
            properties = {"IgnoreJTA=true", "AllowLocalTransactions=true"})
})
public final class Messaging {

    public static final String CONNECTION_FACTORY = "java:app/jms/kiorex";
    public static final String RELAY_CONNECTION_FACTORY = "java:app/jms/kiorex-relay";
    public static final String RESOURCE_ADAPTER = "artemis-ra";

    private Messaging() {
    }
}
