package com.kiorex.consultations.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kiorex.consultations.entity.Booking;
import com.kiorex.consultations.entity.Doctors;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BoundaryValuesTest {

    @Test
    void sort_parsesFieldAndDirection_andRefusesTheRest() {
        assertThat(DoctorSort.parse("rating:desc")).isEqualTo(new DoctorSort("rating", true));
        assertThat(DoctorSort.parse("fee")).isEqualTo(new DoctorSort("fee", false));
        assertThat(DoctorSort.parse(null)).isEqualTo(DoctorSort.DEFAULT);
        assertThatThrownBy(() -> DoctorSort.parse("password:asc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DoctorSort.parse("fee:sideways")).isInstanceOf(IllegalArgumentException.class);
        assertThat(DoctorSort.parse("name:desc").orderBy()).isEqualTo("lower(d.display_name) desc nulls last, d.id");
    }

    @Test
    void aDayMayHaveBegun_onceItHasStartedInTheEarliestZone_utcPlus14() {
        LocalDate day = LocalDate.parse("2026-12-01");
        // 2026-12-01T00:00+14:00 is 2026-11-30T10:00Z
        assertThat(DoctorSearch.mayHaveBegun(day, Instant.parse("2026-11-30T09:59:59Z"))).isFalse();
        assertThat(DoctorSearch.mayHaveBegun(day, Instant.parse("2026-11-30T10:00:00Z"))).isTrue();
        assertThat(DoctorSearch.mayHaveBegun(day, Instant.parse("2026-12-03T00:00:00Z"))).isTrue();
    }

    @Test
    void notificationRef_carriesTheTime() {
        UUID id = UUID.randomUUID();
        String ref = BookingNotificationContent.refId(id, Instant.ofEpochSecond(1_800_000_000L));
        assertThat(ref).isEqualTo(id + "@1800000000");
        assertThat(BookingNotificationContent.Ref.parse(ref)).contains(new BookingNotificationContent.Ref(id, 1_800_000_000L));
        assertThat(BookingNotificationContent.Ref.parse(id.toString())).contains(new BookingNotificationContent.Ref(id, null));
        assertThat(BookingNotificationContent.Ref.parse("nonsense@x")).isEmpty();
    }

    @Test
    void notificationVariables_showTheStartInTheFacilityZoneAndLanguage() {
        var doctor = Doctors.inZone("Europe/Paris");
        Instant start = Instant.parse("2026-12-01T09:00:00Z");
        Booking b = new Booking(Doctors.slot(doctor, start), UUID.randomUUID(), "acc", "acc", start.minusSeconds(86400));
        var french = BookingNotificationContent.variablesOf(b, "fr");
        assertThat(french.get("startTime")).contains("10:00").contains("décembre").contains("Europe/Paris");
        assertThat(BookingNotificationContent.variablesOf(b, "en").get("startTime")).contains("December");
        assertThat(french).containsEntry("doctorName", "Dr Test").containsEntry("facilityName", "Clinic");
    }
}
