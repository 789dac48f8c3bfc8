package com.kiorex.labs.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CollectionStatusTest {

    @Test
    void collection_movesForwardOnly() {
        assertThat(CollectionStatus.SCHEDULED.mayBecome(CollectionStatus.COLLECTED)).isTrue();
        assertThat(CollectionStatus.COLLECTED.mayBecome(CollectionStatus.RECEIVED_AT_LAB)).isTrue();
        assertThat(CollectionStatus.COLLECTED.mayBecome(CollectionStatus.CANCELLED)).isFalse();
        assertThat(CollectionStatus.RECEIVED_AT_LAB.mayBecome(CollectionStatus.SCHEDULED)).isFalse();
        assertThat(CollectionStatus.CANCELLED.mayBecome(CollectionStatus.COLLECTED)).isFalse();
    }

    @Test
    void sexCodes_ofHl7Table0001() {
        assertThat(Sex.ofCode("F")).isEqualTo(Sex.FEMALE);
        assertThat(Sex.ofCode("m")).isEqualTo(Sex.MALE);
        assertThat(Sex.ofCode("U")).isEqualTo(Sex.UNKNOWN);
        assertThat(Sex.ofCode(null)).isEqualTo(Sex.UNKNOWN);
    }
}
