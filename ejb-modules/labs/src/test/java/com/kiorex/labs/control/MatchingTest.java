package com.kiorex.labs.control;

import static com.kiorex.labs.entity.CatalogueFixtures.facility;
import static com.kiorex.labs.entity.CatalogueFixtures.range;
import static com.kiorex.labs.entity.CatalogueFixtures.test;
import static org.assertj.core.api.Assertions.assertThat;

import com.kiorex.labs.boundary.IncomingObservation;
import com.kiorex.labs.entity.CollectionMode;
import com.kiorex.labs.entity.LabFacility;
import com.kiorex.labs.entity.LabOrder;
import com.kiorex.labs.entity.LabTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MatchingTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private final UUID patient = UUID.randomUUID();
    private final LabFacility lab = facility(false);
    private final LabTest potassium = test("2823-3", lab, range(null, 0, 200, "3.5", "5.1", "2.8", "6.2"));
    private final LabOrder order = new LabOrder(patient, "doc", "doc", lab, Set.of(potassium),
            new LabOrder.Collection(CollectionMode.AT_LAB, null, NOW.plus(Duration.ofHours(1)),
                    NOW.plus(Duration.ofHours(2))), NOW);

    private Matching.Outcome match(String patientRef, String orderRef, String loinc, String value, boolean ocr) {
        IncomingObservation item = new IncomingObservation(0, patientRef, orderRef, loinc, null, value, "mmol/L",
                "3.5-5.1", null, NOW, "F", null, ocr);
        return Matching.match(item, id -> id.equals(order.publicId()) ? Optional.of(order) : Optional.empty(),
                o -> Set.of("2823-3"), potassium);
    }

    @Test
    void anItemNamingItsPatientsOrder_isFiled() {
        assertThat(match(patient.toString(), order.publicId().toString(), "2823-3", "4.2", false).order()).isSameAs(order);
    }

    @Test
    void unmatchedItems_goToReview_withTheReason() {
        assertThat(match("MRN-1", order.publicId().toString(), "2823-3", "4.2", false).problem()).contains("patient");
        assertThat(match(patient.toString(), null, "2823-3", "4.2", false).problem()).contains("order number");
        assertThat(match(patient.toString(), UUID.randomUUID().toString(), "2823-3", "4.2", false).problem())
                .contains("no lab order");
        assertThat(match(UUID.randomUUID().toString(), order.publicId().toString(), "2823-3", "4.2", false).problem())
                .contains("does not match");
        assertThat(match(patient.toString(), order.publicId().toString(), "718-7", "13", false).problem())
                .contains("not on the order");
    }

    @Test
    void ocrValues_mustLookLikeNumbers_andBePlausible() {
        String p = patient.toString();
        String o = order.publicId().toString();
        assertThat(match(p, o, "2823-3", "4.2", true).problem()).isNull();
        assertThat(match(p, o, "2823-3", "@.2", true).problem()).contains("not a number");
        assertThat(match(p, o, "2823-3", "420", true).problem()).contains("implausible");
        assertThat(match(p, o, "2823-3", "42", false).problem()).as("not read by OCR: stored and flagged").isNull();
    }
}
