package com.kiorex.labs.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A test's reference range for one sex (or any) and an age band in whole years [from, to). */
@Entity
@Table(name = "lab_reference_range")
public class ReferenceRange {

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "test_id")
    private LabTest test;

    @Enumerated(EnumType.STRING)
    private Sex sex;

    @Column(name = "age_from")
    private int ageFrom;

    @Column(name = "age_to")
    private int ageTo;

    private BigDecimal low;

    private BigDecimal high;

    @Column(name = "critical_low")
    private BigDecimal criticalLow;

    @Column(name = "critical_high")
    private BigDecimal criticalHigh;

    protected ReferenceRange() {
    }

    /** Unknown age: ranges for all ages and adult ranges (from 18) apply. */
    boolean coversAge(Integer years) {
        if (years == null) {
            return ageFrom == 0 && ageTo >= 120 || ageFrom == 18;
        }
        return years >= ageFrom && years < ageTo;
    }

    public Sex sex() {
        return sex;
    }

    public int ageFrom() {
        return ageFrom;
    }

    public int ageTo() {
        return ageTo;
    }

    public ReferenceLimits limits() {
        return new ReferenceLimits(low, high, criticalLow, criticalHigh);
    }
}
