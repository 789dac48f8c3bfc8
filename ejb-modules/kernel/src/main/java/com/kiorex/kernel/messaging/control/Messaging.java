package com.kiorex.kernel.messaging.control;

import jakarta.jms.JMSConnectionFactoryDefinition;

/**
 * The connection factory of the Artemis resource adapter (deployed as {@code artemis-ra.rar}).
 * Broker address and credentials come from MicroProfile Config, so one build runs against any broker.
 */
@JMSConnectionFactoryDefinition(
        name = Messaging.CONNECTION_FACTORY,
        interfaceName = "jakarta.jms.ConnectionFactory",
        resourceAdapter = Messaging.RESOURCE_ADAPTER,
        user = "${MPCONFIG=kiorex.broker.user}",
        password = "${MPCONFIG=kiorex.broker.password}",
        properties = {
            "connectorClassName=org.apache.activemq.artemis.core.remoting.impl.netty.NettyConnectorFactory",
            "connectionParameters=host=${MPCONFIG=kiorex.broker.host};port=${MPCONFIG=kiorex.broker.port}"
        })
public final class Messaging {

    public static final String CONNECTION_FACTORY = "java:app/jms/kiorex";
    public static final String RESOURCE_ADAPTER = "artemis-ra";

    private Messaging() {
    }
}
