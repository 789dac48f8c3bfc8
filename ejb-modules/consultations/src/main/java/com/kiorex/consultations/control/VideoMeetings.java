package com.kiorex.consultations.control;

import java.util.Optional;
import java.util.UUID;

/** Where a consultation's video meeting takes place; an adapter to the hospital's video service. */
public interface VideoMeetings {

    /** The link both sides join, or empty when video consultations are not set up. */
    Optional<String> linkFor(UUID bookingId);
}
