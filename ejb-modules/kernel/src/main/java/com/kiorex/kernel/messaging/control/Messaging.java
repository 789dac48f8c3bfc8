package com.kiorex.kernel.messaging.control;

import jakarta.jms.JMSConnectionFactoryDefinition;

/**
 * The connection factory of the Artemis resource adapter (deployed as {@code artemis-ra.rar}).
 * The adapter takes the broker's address from MicroProfile Config ({@code kiorex.broker.host},
 * {@code kiorex.broker.port}; see its ra.xml). The credentials must be named here as well: without
 * them Payara hands the factory empty ones, which override the adapter's and the broker refuses.
 */
@JMSConnectionFactoryDefinition(
        name = Messaging.CONNECTION_FACTORY,
        interfaceName = "jakarta.jms.ConnectionFactory",
        resourceAdapter = Messaging.RESOURCE_ADAPTER,
        user = "${MPCONFIG=kiorex.broker.user}",
        password = "${MPCONFIG=kiorex.broker.password}")
public final class Messaging {

    public static final String CONNECTION_FACTORY = "java:app/jms/kiorex";
    public static final String RESOURCE_ADAPTER = "artemis-ra";

    private Messaging() {
    }
}
