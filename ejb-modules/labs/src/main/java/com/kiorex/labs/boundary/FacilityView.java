package com.kiorex.labs.boundary;

import com.kiorex.labs.entity.LabFacility;
import java.util.UUID;

/** A lab facility as clients see it. */
public record FacilityView(UUID id, String name, String address, String zone, boolean homeCollection) {

    static FacilityView of(LabFacility f) {
        return new FacilityView(f.publicId(), f.name(), f.address(), f.zone(), f.offersHomeCollection());
    }
}
