package com.kiorex.labs.entity;

import static com.kiorex.labs.entity.CatalogueFixtures.facility;
import static com.kiorex.labs.entity.CatalogueFixtures.test;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LabErasureTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final Instant ERASED_AT = NOW.plus(Duration.ofHours(2));
    private final LabFacility lab = facility(true);

    private LabOrder homeOrder() {
        return new LabOrder(UUID.randomUUID(), "doc", "doc", lab, Set.of(test("718-7", lab)),
                new LabOrder.Collection(CollectionMode.HOME, "4 Privet Drive, Little Whinging",
                        NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)).plus(Duration.ofHours(2))), NOW);
    }

    /** A review item as the import writes it (in bulk, so it has no public constructor). */
    private static ReviewItem review(ReviewItem.Status status, String resolution) {
        ReviewItem item = new ReviewItem();
        CatalogueFixtures.set(item, "publicId", UUID.randomUUID());
        CatalogueFixtures.set(item, "reason", "no lab order with this number");
        CatalogueFixtures.set(item, "patientRef", UUID.randomUUID().toString());
        CatalogueFixtures.set(item, "loinc", "2823-3");
        CatalogueFixtures.set(item, "valueText", "5.6 (Mrs Dursley, ward 3)");
        CatalogueFixtures.set(item, "unit", "mmol/L");
        CatalogueFixtures.set(item, "status", status);
        CatalogueFixtures.set(item, "resolution", resolution);
        return item;
    }

    @Test
    void anOrderNotYetCollected_isCancelled_andLosesItsHomeAddress() {
        LabOrder order = homeOrder();
        order.assignCollector("collector-1");

        assertThat(order.erasePersonalData(ERASED_AT)).isTrue();

        assertThat(order.status()).isEqualTo(CollectionStatus.CANCELLED);
        assertThat(order.homeAddress()).isNull();
        assertThat(order.erasedAt()).isEqualTo(ERASED_AT);
        assertThat(order.collectorSubject()).isEqualTo("collector-1");
        assertThat(order.tests()).containsExactly("718-7");
        assertThat(order.windowStart()).isEqualTo(NOW.plus(Duration.ofDays(1)));
    }

    @Test
    void aCollectedOrder_staysCollected_butLosesItsHomeAddress() {
        LabOrder order = homeOrder();
        order.moveTo(CollectionStatus.COLLECTED);
        order.moveTo(CollectionStatus.RECEIVED_AT_LAB);

        assertThat(order.erasePersonalData(ERASED_AT)).isFalse();

        assertThat(order.status()).isEqualTo(CollectionStatus.RECEIVED_AT_LAB);
        assertThat(order.homeAddress()).isNull();
    }

    @Test
    void anOpenReviewItem_isDismissed_andLosesItsRawValue() {
        ReviewItem item = review(ReviewItem.Status.OPEN, null);

        item.erasePersonalData("admin", ERASED_AT);

        assertThat(item.status()).isEqualTo(ReviewItem.Status.DISMISSED);
        assertThat(item.resolution()).isEqualTo(ReviewItem.ERASURE_REASON);
        assertThat(item.resolvedAt()).isEqualTo(ERASED_AT);
        assertThat(item.valueText()).isNull();
        assertThat(item.loinc()).isEqualTo("2823-3");
        assertThat(item.unit()).isEqualTo("mmol/L");
    }

    @Test
    void aDismissedItem_losesItsReason_aFiledOneKeepsWhatItWasFiledAs() {
        ReviewItem dismissed = review(ReviewItem.Status.DISMISSED, "Mrs Dursley's sample, spilt");
        dismissed.erasePersonalData("admin", ERASED_AT);
        assertThat(dismissed.resolution()).isEqualTo(ReviewItem.ERASED);

        ReviewItem filed = review(ReviewItem.Status.FILED, "filed against an order");
        filed.erasePersonalData("admin", ERASED_AT);
        assertThat(filed.status()).isEqualTo(ReviewItem.Status.FILED);
        assertThat(filed.resolution()).isEqualTo("filed against an order");
        assertThat(filed.valueText()).isNull();
    }
}
