package com.kiorex.patients.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** An explicit decision that a staff member cares for a patient, from a time until it is ended. */
@Entity
@Table(name = "care_team_assignment")
public class CareTeamAssignment extends PatientPart {

    @Column(name = "staff_subject", nullable = false, updatable = false)
    private String staffSubject;

    @Column(name = "staff_role", nullable = false, updatable = false)
    private String staffRole;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected CareTeamAssignment() {
    }

    public CareTeamAssignment(Patient patient, String staffSubject, String staffRole, Instant when) {
        super(patient);
        this.staffSubject = Objects.requireNonNull(staffSubject);
        this.staffRole = Objects.requireNonNull(staffRole);
        this.startedAt = Objects.requireNonNull(when);
    }

    public void end(Instant when) {
        if (endedAt != null) {
            throw new IllegalStateException("assignment already ended");
        }
        if (when.isBefore(startedAt)) {
            throw new IllegalArgumentException("an assignment cannot end before it started");
        }
        this.endedAt = when;
    }

    public boolean isActive() {
        return endedAt == null;
    }

    public String staffSubject() {
        return staffSubject;
    }

    public String staffRole() {
        return staffRole;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }
}
