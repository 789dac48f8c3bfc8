package com.kiorex.consultations.entity;

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

/**
 * A bookable period of one doctor. Whether it is taken is not stored here: a live booking holds it,
 * and the database allows only one (see {@code booking_one_per_slot}). A schedule exception blocks it.
 */
@Entity
@Table(name = "slot")
public class Slot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, unique = true, updatable = false)
    private UUID publicId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "doctor_id", nullable = false, updatable = false)
    private Doctor doctor;

    @Column(name = "starts_at", nullable = false, updatable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false, updatable = false)
    private Instant endsAt;

    @Column(name = "blocked", nullable = false)
    private boolean blocked;

    protected Slot() {
    }

    public Slot(Doctor doctor, Instant startsAt, Instant endsAt) {
        this.publicId = UUID.randomUUID();
        this.doctor = Objects.requireNonNull(doctor);
        this.startsAt = Objects.requireNonNull(startsAt);
        this.endsAt = Objects.requireNonNull(endsAt);
        if (!startsAt.isBefore(endsAt)) {
            throw new IllegalArgumentException("a slot must end after it starts");
        }
    }

    public void block() {
        this.blocked = true;
    }

    public UUID publicId() {
        return publicId;
    }

    public Doctor doctor() {
        return doctor;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public boolean blocked() {
        return blocked;
    }
}
