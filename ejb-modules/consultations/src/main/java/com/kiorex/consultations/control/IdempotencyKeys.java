package com.kiorex.consultations.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code Idempotency-Key}s of booking requests, per caller. The key is stored in the booking's
 * own transaction, so a key names a booking exactly when the booking exists; two requests racing
 * with one key collide on the primary key and only one commits.
 */
@Dependent
public class IdempotencyKeys {

    public static final String CONSTRAINT = "booking_request_key_pkey";

    @PersistenceContext(unitName = "consultations")
    EntityManager em;

    /** A request that was answered before: what it asked for (a hash) and the booking it made. */
    public record Remembered(String requestHash, UUID bookingId) {
    }

    @SuppressWarnings("unchecked")
    public Optional<Remembered> find(String caller, String key) {
        List<Object[]> rows = em.createNativeQuery("select request_hash, booking_id from booking_request_key "
                        + "where caller_subject = ?1 and idempotency_key = ?2")
                .setParameter(1, caller).setParameter(2, key)
                .getResultList();
        return rows.stream().findFirst().map(r -> new Remembered((String) r[0], UUID.fromString(r[1].toString())));
    }

    public void remember(String caller, String key, String requestHash, UUID bookingId, Instant now) {
        em.createNativeQuery("insert into booking_request_key (caller_subject, idempotency_key, request_hash, "
                        + "booking_id, created_at) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, requestHash)
                .setParameter(4, bookingId).setParameter(5, now).executeUpdate();
    }

    /** A key as a patient's data export shows it: which key made which booking, and when. */
    public record Stored(String idempotencyKey, UUID bookingId, Instant createdAt) {
    }

    /** The keys that made this patient's bookings. */
    @SuppressWarnings("unchecked")
    public List<Stored> ofPatient(UUID patientId) {
        List<Object[]> rows = em.createNativeQuery("select k.idempotency_key, k.booking_id, k.created_at "
                        + "from booking_request_key k join booking b on b.public_id = k.booking_id "
                        + "where b.patient_id = ?1 order by k.created_at")
                .setParameter(1, patientId).getResultList();
        return rows.stream().map(r -> new Stored((String) r[0], UUID.fromString(r[1].toString()),
                Times.instant(r[2]))).toList();
    }

    /** Forgets the keys of this patient's bookings (GDPR erasure): a key is the caller's own text. */
    public int forgetPatient(UUID patientId) {
        return em.createNativeQuery("delete from booking_request_key k using booking b "
                        + "where b.public_id = k.booking_id and b.patient_id = ?1")
                .setParameter(1, patientId).executeUpdate();
    }

    public static String hash(String canonicalRequest) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
