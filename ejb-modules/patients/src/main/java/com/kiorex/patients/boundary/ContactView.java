package com.kiorex.patients.boundary;

import com.kiorex.patients.entity.EmergencyContact;
import java.util.UUID;

/** An emergency contact as the API shows it. */
public record ContactView(UUID id, String name, String relationship, String phone, String email) {

    static ContactView of(EmergencyContact c) {
        return new ContactView(c.publicId(), c.name(), c.relationship(), c.phone(), c.email());
    }
}
