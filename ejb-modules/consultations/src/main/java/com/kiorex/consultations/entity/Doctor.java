package com.kiorex.consultations.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** A doctor's public profile, linked to their staff account, with the schedule slots are derived from. */
@Entity
@Table(name = "doctor")
public class Doctor extends Keyed {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    @Column(name = "account_subject", nullable = false, unique = true, updatable = false)
    private String accountSubject;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "email")
    private String email;

    @Column(name = "specialties", nullable = false)
    private String[] specialties;

    @Column(name = "languages", nullable = false)
    private String[] languages;

    @Column(name = "fee", nullable = false)
    private BigDecimal fee;

    @Column(name = "currency", nullable = false)
    private String currency;

    @Embedded
    private Facility facility;

    @Column(name = "slot_minutes", nullable = false)
    private int slotMinutes;

    @Column(name = "verified", nullable = false)
    private boolean verified;

    @Column(name = "rating")
    private BigDecimal rating;

    @ElementCollection
    @CollectionTable(name = "weekly_schedule_rule", joinColumns = @JoinColumn(name = "doctor_id"))
    private List<WeeklyHours> weeklyHours = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "schedule_exception", joinColumns = @JoinColumn(name = "doctor_id"))
    private List<ScheduleException> exceptions = new ArrayList<>();

    protected Doctor() {
    }

    public Doctor(String accountSubject, Profile profile) {
        this.accountSubject = Objects.requireNonNull(accountSubject, "accountSubject");
        update(profile);
    }

    /** What an administrator maintains about a doctor. */
    public record Profile(String displayName, String email, List<String> specialties, List<String> languages,
                          BigDecimal fee, String currency, Facility facility, int slotMinutes, boolean verified,
                          BigDecimal rating) {
    }

    public final void update(Profile p) {
        if (p.displayName() == null || p.displayName().isBlank()) {
            throw new IllegalArgumentException("a doctor needs a name");
        }
        if (p.specialties() == null || p.specialties().isEmpty()
                || !p.specialties().stream().allMatch(Specialty::isKnown)) {
            throw new IllegalArgumentException("specialties must be codes of the specialty list");
        }
        if (p.languages() == null || p.languages().isEmpty()
                || !p.languages().stream().allMatch(l -> LANGUAGE.matcher(l).matches())) {
            throw new IllegalArgumentException("languages must be ISO 639 codes such as en or fr");
        }
        if (p.fee() == null || p.fee().signum() < 0) {
            throw new IllegalArgumentException("the fee must be 0 or more");
        }
        if (p.rating() != null && (p.rating().signum() < 0 || p.rating().compareTo(BigDecimal.valueOf(5)) > 0)) {
            throw new IllegalArgumentException("a rating is between 0 and 5");
        }
        if (p.slotMinutes() < 5 || p.slotMinutes() > 240) {
            throw new IllegalArgumentException("a slot lasts 5 to 240 minutes");
        }
        this.displayName = p.displayName().strip();
        this.email = p.email();
        this.specialties = p.specialties().stream().distinct().toArray(String[]::new);
        this.languages = p.languages().stream().distinct().toArray(String[]::new);
        this.fee = p.fee();
        this.currency = Currency.getInstance(Objects.requireNonNull(p.currency(), "currency")).getCurrencyCode();
        this.facility = Objects.requireNonNull(p.facility(), "facility");
        this.slotMinutes = p.slotMinutes();
        this.verified = p.verified();
        this.rating = p.rating();
    }

    /** Replaces the weekly pattern; overlapping hours on one day are refused. */
    public void replaceWeeklyHours(List<WeeklyHours> hours) {
        for (int i = 0; i < hours.size(); i++) {
            for (int j = i + 1; j < hours.size(); j++) {
                if (hours.get(i).overlaps(hours.get(j))) {
                    throw new IllegalArgumentException("working hours overlap on " + hours.get(i).day());
                }
            }
        }
        weeklyHours.clear();
        weeklyHours.addAll(hours);
    }

    public void addException(ScheduleException exception) {
        exceptions.add(Objects.requireNonNull(exception));
    }

    public SlotPlan slotPlan() {
        return new SlotPlan(weeklyHours, exceptions, facility.zone(), Duration.ofMinutes(slotMinutes));
    }

    public boolean isAccount(String subject) {
        return accountSubject.equals(subject);
    }

    public String accountSubject() {
        return accountSubject;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public List<String> specialties() {
        return Arrays.asList(specialties);
    }

    public List<String> languages() {
        return Arrays.asList(languages);
    }

    public BigDecimal fee() {
        return fee;
    }

    public String currency() {
        return currency;
    }

    public Facility facility() {
        return facility;
    }

    public int slotMinutes() {
        return slotMinutes;
    }

    public boolean verified() {
        return verified;
    }

    public BigDecimal rating() {
        return rating;
    }

    public List<WeeklyHours> weeklyHours() {
        return List.copyOf(weeklyHours);
    }
}
