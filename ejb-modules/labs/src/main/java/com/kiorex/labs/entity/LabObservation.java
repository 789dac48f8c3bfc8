package com.kiorex.labs.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One result value (an OBX, a CSV row, a report line) as stored. Results are written in bulk by the
 * import ({@code ObservationStore}, one statement per chunk, idempotent on source and item index) and
 * never changed, so this mapping only reads them.
 */
@Entity
@Table(name = "lab_observation")
public class LabObservation {

    @Id
    private Long id;

    @Column(name = "public_id")
    private UUID publicId;

    @Column(name = "patient_id")
    private UUID patientId;

    @Column(name = "order_id")
    private Long orderId;

    private String loinc;

    @Column(name = "test_name")
    private String testName;

    @Column(name = "value_numeric")
    private BigDecimal valueNumeric;

    @Column(name = "value_text")
    private String valueText;

    private String unit;

    @Column(name = "range_low")
    private BigDecimal rangeLow;

    @Column(name = "range_high")
    private BigDecimal rangeHigh;

    @Column(name = "range_source")
    private String rangeSource;

    @Enumerated(EnumType.STRING)
    private Interpretation interpretation;

    @Column(name = "reported_flag")
    private String reportedFlag;

    @Column(name = "observed_at")
    private Instant observedAt;

    @Column(name = "source_sha256")
    private String sourceSha256;

    @Column(name = "item_index")
    private int itemIndex;

    protected LabObservation() {
    }

    public UUID publicId() {
        return publicId;
    }

    public UUID patientId() {
        return patientId;
    }

    public Long orderId() {
        return orderId;
    }

    public String loinc() {
        return loinc;
    }

    public String testName() {
        return testName;
    }

    public BigDecimal valueNumeric() {
        return valueNumeric;
    }

    public String valueText() {
        return valueText;
    }

    public String unit() {
        return unit;
    }

    public BigDecimal rangeLow() {
        return rangeLow;
    }

    public BigDecimal rangeHigh() {
        return rangeHigh;
    }

    public String rangeSource() {
        return rangeSource;
    }

    public Interpretation interpretation() {
        return interpretation;
    }

    public String reportedFlag() {
        return reportedFlag;
    }

    public Instant observedAt() {
        return observedAt;
    }

    public String sourceSha256() {
        return sourceSha256;
    }

    public int itemIndex() {
        return itemIndex;
    }
}
