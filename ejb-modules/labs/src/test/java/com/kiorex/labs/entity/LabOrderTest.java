package com.kiorex.labs.entity;

import static com.kiorex.labs.entity.CatalogueFixtures.facility;
import static com.kiorex.labs.entity.CatalogueFixtures.range;
import static com.kiorex.labs.entity.CatalogueFixtures.test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LabOrderTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private final UUID patient = UUID.randomUUID();
    private final LabFacility lab = facility(true);
    private final LabTest hemoglobin = test("718-7", lab,
            range(Sex.FEMALE, 18, 200, "12.0", "15.5", "7", "20"), range(Sex.MALE, 18, 200, "13.5", "17.5", "7", "20"),
            range(null, 0, 18, "11.5", "15.5", "7", "20"));

    private LabOrder.Collection home(String address) {
        return new LabOrder.Collection(CollectionMode.HOME, address, NOW.plus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(1)).plus(Duration.ofHours(2)));
    }

    @Test
    void aHomeCollection_needsAnAddress_andAFacilityThatCollectsAtHome() {
        assertThatThrownBy(() -> home(" ")).hasMessageContaining("address");
        assertThatThrownBy(() -> new LabOrder(patient, "doc", "doc", facility(false), Set.of(test("1-1", lab)),
                home("1 Main St"), NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOrder_needsTestsOfferedAtItsFacility_andAWindowInTheFuture() {
        LabFacility other = facility(true);
        assertThatThrownBy(() -> new LabOrder(patient, "doc", "doc", other, Set.of(hemoglobin), home("x"), NOW))
                .hasMessageContaining("not offered");
        assertThatThrownBy(() -> new LabOrder(patient, "doc", "doc", lab, Set.of(), home("x"), NOW))
                .hasMessageContaining("at least one test");
        assertThatThrownBy(() -> new LabOrder(patient, "doc", "doc", lab, Set.of(hemoglobin), home("x"),
                NOW.plus(Duration.ofDays(2)))).hasMessageContaining("future");
    }

    @Test
    void collection_isAssignedThenCollected_andNeverGoesBack() {
        LabOrder order = new LabOrder(patient, "doc", "doc", lab, Set.of(hemoglobin), home("1 Main St"), NOW);
        assertThat(order.status()).isEqualTo(CollectionStatus.SCHEDULED);
        order.assignCollector("collector-1");
        order.moveTo(CollectionStatus.COLLECTED);
        assertThat(order.collectorSubject()).isEqualTo("collector-1");
        assertThatThrownBy(() -> order.moveTo(CollectionStatus.CANCELLED)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anOrder_coversItsPatientsTests_andPanelMembers_untilCancelled() {
        LabOrder order = new LabOrder(patient, "doc", "doc", lab, Set.of(hemoglobin), home("1 Main St"), NOW);
        assertThat(order.covers(patient, "718-7", Set.of("718-7"))).isTrue();
        assertThat(order.covers(UUID.randomUUID(), "718-7", Set.of("718-7"))).isFalse();
        assertThat(order.covers(patient, "2823-3", Set.of("718-7"))).isFalse();
        order.moveTo(CollectionStatus.CANCELLED);
        assertThat(order.covers(patient, "718-7", Set.of("718-7"))).isFalse();
    }

    @Test
    void rangesBySexAndAge_preferTheSexSpecificOne() {
        assertThat(hemoglobin.limitsFor(Sex.FEMALE, 40).orElseThrow().low()).isEqualByComparingTo("12.0");
        assertThat(hemoglobin.limitsFor(Sex.MALE, 40).orElseThrow().low()).isEqualByComparingTo("13.5");
        assertThat(hemoglobin.limitsFor(Sex.FEMALE, 10).orElseThrow().low()).isEqualByComparingTo("11.5");
        assertThat(hemoglobin.limitsFor(Sex.UNKNOWN, 40)).isEmpty();
    }
}
