package com.kiorex.labs.entity;

import com.kiorex.kernel.persistence.entity.Tracked;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A lab order (booking) for one patient: the tests, the facility, and how and when the specimen is
 * collected. Ordered by a doctor ({@code orderingDoctorSubject}) or booked by the patient's account.
 * Its public id is the placer order number that result messages quote.
 */
@Entity
@Table(name = "lab_order")
public class LabOrder extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, updatable = false)
    private UUID publicId;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    @Column(name = "placed_by", nullable = false, updatable = false)
    private String placedBy;

    @Column(name = "ordering_doctor_subject", updatable = false)
    private String orderingDoctorSubject;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "facility_id")
    private LabFacility facility;

    @Enumerated(EnumType.STRING)
    @Column(name = "collection_mode", nullable = false)
    private CollectionMode mode;

    @Column(name = "home_address")
    private String homeAddress;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(name = "window_end", nullable = false)
    private Instant windowEnd;

    @Column(name = "collector_subject")
    private String collectorSubject;

    @Enumerated(EnumType.STRING)
    @Column(name = "collection_status", nullable = false)
    private CollectionStatus status;

    /** When the patient's record was erased; a home collection then has no address any more. */
    @Column(name = "erased_at")
    private Instant erasedAt;

    @ElementCollection
    @CollectionTable(name = "lab_order_test", joinColumns = @JoinColumn(name = "order_id"))
    @Column(name = "loinc")
    private Set<String> tests = new HashSet<>();

    protected LabOrder() {
    }

    /** Collection details; {@code homeAddress} is required for a home collection and ignored otherwise. */
    public record Collection(CollectionMode mode, String homeAddress, Instant windowStart, Instant windowEnd) {
        public Collection {
            Objects.requireNonNull(mode, "collection mode");
            Objects.requireNonNull(windowStart, "window start");
            Objects.requireNonNull(windowEnd, "window end");
            if (!windowStart.isBefore(windowEnd)) {
                throw new IllegalArgumentException("the collection window must end after it starts");
            }
            if (mode == CollectionMode.HOME && (homeAddress == null || homeAddress.isBlank())) {
                throw new IllegalArgumentException("a home collection needs an address");
            }
            homeAddress = mode == CollectionMode.HOME ? homeAddress.strip() : null;
        }
    }

    public LabOrder(UUID patientId, String placedBy, String orderingDoctorSubject, LabFacility facility,
                    Set<LabTest> tests, Collection collection, Instant now) {
        this.publicId = UUID.randomUUID();
        this.patientId = Objects.requireNonNull(patientId);
        this.placedBy = Objects.requireNonNull(placedBy);
        this.orderingDoctorSubject = orderingDoctorSubject;
        this.facility = Objects.requireNonNull(facility);
        if (tests.isEmpty()) {
            throw new IllegalArgumentException("an order needs at least one test");
        }
        for (LabTest test : tests) {
            if (!test.offeredAt(facility)) {
                throw new IllegalArgumentException("test " + test.loinc() + " is not offered at " + facility.name());
            }
            this.tests.add(test.loinc());
        }
        if (collection.mode() == CollectionMode.HOME && !facility.offersHomeCollection()) {
            throw new IllegalArgumentException(facility.name() + " does not collect at home");
        }
        if (!collection.windowStart().isAfter(now)) {
            throw new IllegalArgumentException("the collection window must be in the future");
        }
        this.mode = collection.mode();
        this.homeAddress = collection.homeAddress();
        this.windowStart = collection.windowStart();
        this.windowEnd = collection.windowEnd();
        this.status = CollectionStatus.SCHEDULED;
    }

    public void assignCollector(String collectorSubject) {
        if (mode != CollectionMode.HOME) {
            throw new IllegalStateException("only a home collection has a collector");
        }
        moveTo(CollectionStatus.COLLECTOR_ASSIGNED);
        this.collectorSubject = Objects.requireNonNull(collectorSubject);
    }

    public void moveTo(CollectionStatus next) {
        if (!status.mayBecome(next)) {
            throw new IllegalStateException("collection status " + status + " cannot become " + next);
        }
        this.status = next;
    }

    /**
     * GDPR erasure of the patient's record: an order not yet collected is cancelled, and the home
     * address goes. Tests, facility, window, collector and status stay.
     *
     * @return true when this cancelled the order, so the caller publishes that
     */
    public boolean erasePersonalData(Instant when) {
        boolean cancelling = status.mayBecome(CollectionStatus.CANCELLED);
        if (cancelling) {
            moveTo(CollectionStatus.CANCELLED);
        }
        this.homeAddress = null;
        this.erasedAt = Objects.requireNonNull(when);
        return cancelling;
    }

    /** True when a result for this patient and test may belong to this order. */
    public boolean covers(UUID patient, String loinc, Set<String> panelMembers) {
        return patientId.equals(patient) && status != CollectionStatus.CANCELLED
                && (tests.contains(loinc) || panelMembers.contains(loinc));
    }

    public Long id() {
        return id;
    }

    public UUID publicId() {
        return publicId;
    }

    public UUID patientId() {
        return patientId;
    }

    public String placedBy() {
        return placedBy;
    }

    public String orderingDoctorSubject() {
        return orderingDoctorSubject;
    }

    public LabFacility facility() {
        return facility;
    }

    public CollectionMode mode() {
        return mode;
    }

    public String homeAddress() {
        return homeAddress;
    }

    public Instant windowStart() {
        return windowStart;
    }

    public Instant windowEnd() {
        return windowEnd;
    }

    public String collectorSubject() {
        return collectorSubject;
    }

    public CollectionStatus status() {
        return status;
    }

    public Instant erasedAt() {
        return erasedAt;
    }

    public Set<String> tests() {
        return Set.copyOf(tests);
    }
}
