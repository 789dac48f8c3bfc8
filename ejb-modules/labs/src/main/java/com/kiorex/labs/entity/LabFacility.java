package com.kiorex.labs.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A laboratory or collection centre of the hospital or a partner. Maintained by migration. */
@Entity
@Table(name = "lab_facility")
public class LabFacility {

    @Id
    private Long id;

    @Column(name = "public_id", nullable = false, updatable = false)
    private UUID publicId;

    private String name;

    private String address;

    /** IANA zone the facility reads its times in. */
    private String zone;

    @Column(name = "home_collection")
    private boolean homeCollection;

    protected LabFacility() {
    }

    public UUID publicId() {
        return publicId;
    }

    public String name() {
        return name;
    }

    public String address() {
        return address;
    }

    public String zone() {
        return zone;
    }

    public boolean offersHomeCollection() {
        return homeCollection;
    }
}
