package com.kiorex.patients.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;

/** Who the patient is and how to reach them: everything that identifies a person. */
@Embeddable
public class Demographics {

    @Column(name = "given_name")
    private String givenName;

    @Column(name = "family_name")
    private String familyName;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender")
    private Gender gender;

    @Column(name = "email")
    private String email;

    @Column(name = "phone")
    private String phone;

    @Column(name = "address_line")
    private String addressLine;

    @Column(name = "city")
    private String city;

    @Column(name = "postal_code")
    private String postalCode;

    @Column(name = "country")
    private String country;

    @Column(name = "preferred_language")
    private String preferredLanguage;

    protected Demographics() {
    }

    public Demographics(String givenName, String familyName, LocalDate birthDate, Gender gender, Contact contact) {
        this.givenName = Objects.requireNonNull(givenName).strip();
        this.familyName = Objects.requireNonNull(familyName).strip();
        this.birthDate = Objects.requireNonNull(birthDate);
        this.gender = gender == null ? Gender.UNKNOWN : gender;
        this.email = contact.email();
        this.phone = contact.phone();
        this.addressLine = contact.addressLine();
        this.city = contact.city();
        this.postalCode = contact.postalCode();
        this.country = contact.country();
        this.preferredLanguage = contact.preferredLanguage();
    }

    /** Ways to reach the patient; every part is optional. */
    public record Contact(String email, String phone, String addressLine, String city, String postalCode,
                          String country, String preferredLanguage) {
        public static Contact none() {
            return new Contact(null, null, null, null, null, null, null);
        }
    }

    static Demographics erased() {
        Demographics d = new Demographics();
        d.givenName = "";
        d.familyName = "";
        d.gender = Gender.UNKNOWN;
        return d;
    }

    public String givenName() {
        return givenName;
    }

    public String familyName() {
        return familyName;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Gender gender() {
        return gender;
    }

    public Contact contact() {
        return new Contact(email, phone, addressLine, city, postalCode, country, preferredLanguage);
    }
}
