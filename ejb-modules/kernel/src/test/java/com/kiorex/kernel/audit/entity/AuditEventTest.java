package com.kiorex.kernel.audit.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditEventTest {

    private static final Instant WHEN = Instant.parse("2026-11-21T08:00:00Z");
    private static final AuditEvent.Actor ACTOR =
            new AuditEvent.Actor("sub-7", "nurse.joy", "nurse", "10.1.2.3", "req-abcdefgh");
    private static final UUID RESOURCE = UUID.randomUUID();
    private static final UUID PATIENT = UUID.randomUUID();
    private static final AuditEvent.Target TARGET = new AuditEvent.Target("MedicalHistoryEntry", RESOURCE, PATIENT);

    @Test
    void new_recordsWhoDidWhatToWhichRecordOfWhichPatient() {
        AuditEvent event = new AuditEvent(WHEN, ACTOR, AuditAction.VOID, TARGET, AuditOutcome.REFUSED, "not in care");

        assertThat(event.occurredAt()).isEqualTo(WHEN);
        assertThat(event.userSubject()).isEqualTo("sub-7");
        assertThat(event.username()).isEqualTo("nurse.joy");
        assertThat(event.userRoles()).isEqualTo("nurse");
        assertThat(event.clientAddress()).isEqualTo("10.1.2.3");
        assertThat(event.requestId()).isEqualTo("req-abcdefgh");
        assertThat(event.action()).isEqualTo(AuditAction.VOID);
        assertThat(event.resourceType()).isEqualTo("MedicalHistoryEntry");
        assertThat(event.resourceId()).isEqualTo(RESOURCE);
        assertThat(event.patientId()).isEqualTo(PATIENT);
        assertThat(event.outcome()).isEqualTo(AuditOutcome.REFUSED);
        assertThat(event.reason()).isEqualTo("not in care");
    }

    @Test
    void new_acceptsAnEventWithOnlyTheRequiredFields() {
        AuditEvent.Actor anonymous = new AuditEvent.Actor("anonymous", null, null, null, null);
        AuditEvent.Target search = new AuditEvent.Target("Patient", null, null);

        AuditEvent event = new AuditEvent(WHEN, anonymous, AuditAction.SEARCH, search, AuditOutcome.SUCCESS, null);

        assertThat(event.resourceId()).isNull();
        assertThat(event.patientId()).isNull();
        assertThat(event.reason()).isNull();
    }

    @Test
    void new_refusesAnEventWithoutTime() {
        assertThatNullPointerException().isThrownBy(() ->
                new AuditEvent(null, ACTOR, AuditAction.READ, TARGET, AuditOutcome.SUCCESS, null));
    }

    @Test
    void new_refusesAnEventWithoutActingSubject() {
        AuditEvent.Actor nobody = new AuditEvent.Actor(null, "x", "nurse", null, null);

        assertThatNullPointerException().isThrownBy(() ->
                new AuditEvent(WHEN, nobody, AuditAction.READ, TARGET, AuditOutcome.SUCCESS, null));
    }

    @Test
    void new_refusesAnEventWithoutAction() {
        assertThatNullPointerException().isThrownBy(() ->
                new AuditEvent(WHEN, ACTOR, null, TARGET, AuditOutcome.SUCCESS, null));
    }

    @Test
    void new_refusesAnEventWithoutResourceType() {
        AuditEvent.Target untyped = new AuditEvent.Target(null, RESOURCE, PATIENT);

        assertThatNullPointerException().isThrownBy(() ->
                new AuditEvent(WHEN, ACTOR, AuditAction.READ, untyped, AuditOutcome.SUCCESS, null));
    }

    @Test
    void new_refusesAnEventWithoutOutcome() {
        assertThatNullPointerException().isThrownBy(() ->
                new AuditEvent(WHEN, ACTOR, AuditAction.READ, TARGET, null, null));
    }
}
