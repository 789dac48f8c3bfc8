package com.kiorex.systemtest;

import static com.kiorex.systemtest.Fixtures.ADMIN;
import static com.kiorex.systemtest.Fixtures.ALICE;
import static com.kiorex.systemtest.Fixtures.api;
import static com.kiorex.systemtest.Fixtures.patientIdOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Reads and writes leave audit rows with who, what, when and from where; nobody can rewrite them. */
class AuditIntegrityIT {

    @Test
    void readsAndWrites_areAudited_withCallerRoleAddressAndRequestId() {
        String alice = patientIdOf(ALICE);
        ApiClient.Reply read = api(ALICE).get("/patients/" + alice + "/emergency-contacts");
        assertThat(read.status()).isEqualTo(200);
        ApiClient.Reply added = api(ALICE).post("/patients/" + alice + "/emergency-contacts",
                "{\"name\":\"Sam Tester\",\"relationship\":\"brother\",\"phone\":\"+44 20 7946 0000\"}");
        assertThat(added.status()).isEqualTo(201);

        ApiClient.Reply audit = api(ADMIN).get("/audit-events?patientId=" + alice + "&size=100");
        assertThat(audit.status()).isEqualTo(200);
        var entries = audit.json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.getString("requestId")).isEqualTo(read.header("X-Request-Id"));
            assertThat(e.getString("action")).isEqualTo("READ");
            assertThat(e.getString("resourceType")).isEqualTo("EmergencyContact");
            assertThat(e.getString("username")).isEqualTo(ALICE);
            assertThat(e.getString("roles")).isEqualTo("patient");
            assertThat(e.getString("outcome")).isEqualTo("SUCCESS");
            assertThat(e.getString("clientAddress")).isNotBlank();
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.getString("requestId")).isEqualTo(added.header("X-Request-Id"));
            assertThat(e.getString("action")).isEqualTo("CREATE");
        });
    }

    @Test
    void theApplicationRole_cannotUpdateOrDeleteAuditRows() throws SQLException {
        patientIdOf(ALICE);
        api(ALICE).get("/patients/me");
        try (Connection c = Database.asApplication(); Statement s = c.createStatement()) {
            assertThat(Database.count("select count(*) from audit_event")).isPositive();
            assertThatThrownBy(() -> s.executeUpdate("update audit_event set username = 'someone else'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.executeUpdate("delete from audit_event"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.executeUpdate("truncate audit_event"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
    }

    @Test
    void auditLog_isForAdministratorsOnly_andPaginated() {
        assertThat(api(Fixtures.HOUSE).get("/audit-events").status()).isEqualTo(403);
        ApiClient.Reply page = api(ADMIN).get("/audit-events?page=0&size=2");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().getJsonArray("items").size()).isLessThanOrEqualTo(2);
        assertThat(page.json().getInt("size")).isEqualTo(2);
    }
}
