package com.kiorex.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class OverloadTest {

    @Test
    void isPoolExhausted_findsThePoolsMessageAnywhereInTheCauses() {
        Exception deep = new RuntimeException("EJB failed", new IllegalStateException("Unable to acquire JDBC Connection",
                new SQLException("Error in allocating a connection. Cause: In-use connections equal max-pool-size "
                        + "and expired max-wait-time. Cannot allocate more connections.")));

        assertThat(Overload.isPoolExhausted(deep)).isTrue();
        assertThat(Overload.isPoolExhausted(new SQLException("connection refused"))).isFalse();
        assertThat(Overload.isPoolExhausted(new RuntimeException())).isFalse();
    }

    @Test
    void refusedAndDue_reportsAtMostOncePerInterval_withTheCountSinceTheLastReport() {
        AtomicLong now = new AtomicLong(0);
        Overload overload = new Overload(1_000, now::get);

        assertThat(overload.refusedAndDue()).isEqualTo(1);
        now.set(10);
        assertThat(overload.refusedAndDue()).isEqualTo(-1);
        assertThat(overload.refusedAndDue()).isEqualTo(-1);
        now.set(1_000);
        assertThat(overload.refusedAndDue()).isEqualTo(3);
        now.set(1_500);
        assertThat(overload.refusedAndDue()).isEqualTo(-1);
    }
}
