package com.kiorex.patients.entity;

import com.kiorex.kernel.persistence.entity.Tracked;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An explicit decision that a staff member cares for a patient, from a time until it is ended. */
@Entity
@Table(name = "care_team_assignment")
public class CareTeamAssignment extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, unique = true, updatable = false)
    private UUID publicId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id", nullable = false, updatable = false)
    private Patient patient;

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
        this.publicId = UUID.randomUUID();
        this.patient = Objects.requireNonNull(patient);
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

    public UUID publicId() {
        return publicId;
    }

    public Patient patient() {
        return patient;
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
