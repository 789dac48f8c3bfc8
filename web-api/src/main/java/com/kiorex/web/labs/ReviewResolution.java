package com.kiorex.web.labs;

import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Either file the item against a patient's order (both ids), or dismiss it with a reason. */
public record ReviewResolution(UUID patientId, UUID orderId,
                               @Size(max = 500, message = "at most 500 characters") String dismissReason) {
}
