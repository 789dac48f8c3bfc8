package com.kiorex.consultations.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class UrlPatternVideoMeetingsTest {

    @Test
    void pattern_namesTheRoomAfterTheBooking_andNoPatternMeansNoVideo() {
        UUID id = UUID.randomUUID();
        assertThat(new UrlPatternVideoMeetings("https://meet.example.org/kiorex-{booking}").linkFor(id))
                .contains("https://meet.example.org/kiorex-" + id);
        assertThat(new UrlPatternVideoMeetings(" ").linkFor(id)).isEmpty();
        assertThat(new UrlPatternVideoMeetings("https://no-placeholder").linkFor(id)).isEmpty();
    }
}
