package com.kiorex.consultations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.ZoneId;
import java.util.Objects;

/** Where a doctor sees patients: a name, a position (WGS 84) and the IANA zone its clocks show. */
@Embeddable
public class Facility {

    @Column(name = "facility_name", nullable = false)
    private String name;

    @Column(name = "latitude", nullable = false)
    private double latitude;

    @Column(name = "longitude", nullable = false)
    private double longitude;

    @Column(name = "facility_zone", nullable = false)
    private String zone;

    protected Facility() {
    }

    public Facility(String name, double latitude, double longitude, String zone) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a facility needs a name");
        }
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("the facility's coordinates are out of range");
        }
        this.name = name.strip();
        this.latitude = latitude;
        this.longitude = longitude;
        this.zone = ZoneId.of(Objects.requireNonNull(zone, "zone")).getId();
    }

    public String name() {
        return name;
    }

    public double latitude() {
        return latitude;
    }

    public double longitude() {
        return longitude;
    }

    public ZoneId zone() {
        return ZoneId.of(zone);
    }
}
