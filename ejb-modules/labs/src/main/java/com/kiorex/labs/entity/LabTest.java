package com.kiorex.labs.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A test or a panel of tests in the catalogue, identified by its LOINC code. */
@Entity
@Table(name = "lab_test")
public class LabTest {

    public enum Kind { TEST, PANEL }

    @Id
    private Long id;

    private String loinc;

    private String name;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String specimen;

    private String unit;

    @Column(name = "price_minor")
    private int priceMinor;

    private String currency;

    @Column(name = "turnaround_hours")
    private int turnaroundHours;

    private String preparation;

    @ManyToMany
    @JoinTable(name = "lab_panel_member", joinColumns = @JoinColumn(name = "panel_id"),
            inverseJoinColumns = @JoinColumn(name = "test_id"))
    private Set<LabTest> members = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "lab_test_facility", joinColumns = @JoinColumn(name = "test_id"),
            inverseJoinColumns = @JoinColumn(name = "facility_id"))
    private Set<LabFacility> facilities = new HashSet<>();

    @OneToMany(mappedBy = "test")
    private List<ReferenceRange> ranges = new ArrayList<>();

    protected LabTest() {
    }

    /** The range for a person of this sex and age: the sex-specific one first, else the one for any sex. */
    public Optional<ReferenceLimits> limitsFor(Sex sex, Integer ageYears) {
        Optional<ReferenceRange> specific = ranges.stream().filter(r -> r.sex() != null && r.sex() == sex)
                .filter(r -> r.coversAge(ageYears)).findFirst();
        return specific.or(() -> ranges.stream().filter(r -> r.sex() == null).filter(r -> r.coversAge(ageYears))
                .findFirst()).map(ReferenceRange::limits);
    }

    public boolean offeredAt(LabFacility facility) {
        return facilities.stream().anyMatch(f -> f.publicId().equals(facility.publicId()));
    }

    public String loinc() {
        return loinc;
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public String specimen() {
        return specimen;
    }

    public String unit() {
        return unit;
    }

    public int priceMinor() {
        return priceMinor;
    }

    public String currency() {
        return currency;
    }

    public int turnaroundHours() {
        return turnaroundHours;
    }

    public String preparation() {
        return preparation;
    }

    public Set<LabTest> members() {
        return Set.copyOf(members);
    }

    public Set<LabFacility> facilities() {
        return Set.copyOf(facilities);
    }

    public List<ReferenceRange> ranges() {
        return List.copyOf(ranges);
    }
}
