package com.kiorex.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PayaraServerTest {

    @Test
    void firstCause_isTheFirstExceptionLineOfTheBootLog() {
        String log = """
                [2026-11-22T02:04:39.241+0000] [] [SEVERE] [] [com.kiorex.kernel.persistence.SchemaMigration] [[
                  schema migration failed
                org.flywaydb.core.api.exception.FlywayValidateException: Validate failed: Migrations have failed validation
                	at org.flywaydb.core.Flyway.lambda$migrate$0(Flyway.java:139)
                Caused by: java.lang.IllegalStateException: later
                ]]
                [2026-11-22T02:04:39.545+0000] [] [SEVERE] [] [javax.enterprise.system.core] Exception while loading the app
                """;
        assertThat(PayaraServer.firstCause(log)).isEqualTo(
                "org.flywaydb.core.api.exception.FlywayValidateException: Validate failed: Migrations have failed validation");
        assertThat(PayaraServer.firstCause("Exception while loading the app\n")).isEqualTo("no cause in the log");
    }
}
