package com.kiorex.prescriptions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** One medicine on a prescription: what, how much, how, how often, for how long, and how many to hand out. */
@Embeddable
public class PrescriptionItem {

    @Column(name = "medicine_name", nullable = false)
    private String medicineName;

    @Column(name = "atc_code")
    private String atcCode;

    @Column(name = "strength")
    private String strength;

    @Column(name = "dose", nullable = false)
    private String dose;

    @Enumerated(EnumType.STRING)
    @Column(name = "route", nullable = false)
    private Route route;

    @Column(name = "frequency", nullable = false)
    private String frequency;

    @Column(name = "duration_days", nullable = false)
    private int durationDays;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    @Column(name = "quantity_unit", nullable = false)
    private String quantityUnit;

    @Column(name = "instructions")
    private String instructions;

    protected PrescriptionItem() {
    }

    public PrescriptionItem(Medicine medicine, Dosage dosage, Supply supply, String instructions) {
        this.medicineName = required(medicine.name(), "a medicine name");
        this.atcCode = AtcCode.checked(medicine.atcCode());
        this.strength = blankToNull(medicine.strength());
        this.dose = required(dosage.dose(), "a dose");
        this.route = Objects.requireNonNull(dosage.route(), "an item needs a route");
        this.frequency = required(dosage.frequency(), "a frequency");
        if (dosage.durationDays() < 1) {
            throw new IllegalArgumentException("an item lasts at least one day");
        }
        this.durationDays = dosage.durationDays();
        if (supply.quantity() < 1) {
            throw new IllegalArgumentException("an item hands out at least one unit");
        }
        this.quantity = supply.quantity();
        this.quantityUnit = required(supply.unit(), "a quantity unit");
        this.instructions = blankToNull(instructions);
    }

    /** What is given: the medicine's name, its ATC code where known, and its strength ("500 mg"). */
    public record Medicine(String name, String atcCode, String strength) {
    }

    /** How it is taken: dose per administration ("1 tablet"), route, frequency, for how many days. */
    public record Dosage(String dose, Route route, String frequency, int durationDays) {
    }

    /** How much the pharmacy hands out ("20 tablet"). */
    public record Supply(int quantity, String unit) {
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an item needs " + what);
        }
        return value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String medicineName() {
        return medicineName;
    }

    public String atcCode() {
        return atcCode;
    }

    public String strength() {
        return strength;
    }

    public String dose() {
        return dose;
    }

    public Route route() {
        return route;
    }

    public String frequency() {
        return frequency;
    }

    public int durationDays() {
        return durationDays;
    }

    public int quantity() {
        return quantity;
    }

    public String quantityUnit() {
        return quantityUnit;
    }

    public String instructions() {
        return instructions;
    }
}
