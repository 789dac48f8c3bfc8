package com.kiorex.patients.entity;

import static com.kiorex.patients.entity.PatientFixtures.ownRecord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConsentTest {

    private static final Instant GRANTED = Instant.parse("2026-01-05T08:00:00Z");

    private static Consent research() {
        return new Consent(ownRecord("acc-1"), ConsentPurpose.RESEARCH, " v2.1 ", "acc-1", GRANTED);
    }

    @Test
    void new_isActiveUnderTheStrippedPolicyVersion() {
        Consent consent = research();

        assertThat(consent.isActive()).isTrue();
        assertThat(consent.withdrawnAt()).isNull();
        assertThat(consent.policyVersion()).isEqualTo("v2.1");
        assertThat(consent.grantedAt()).isEqualTo(GRANTED);
        assertThat(consent.purpose()).isEqualTo(ConsentPurpose.RESEARCH);
    }

    @Test
    void withdraw_endsTheConsentAndKeepsItAsEvidence() {
        Consent consent = research();
        Instant later = GRANTED.plusSeconds(3600);

        consent.withdraw("acc-1", later);

        assertThat(consent.isActive()).isFalse();
        assertThat(consent.withdrawnAt()).isEqualTo(later);
        assertThat(consent.grantedAt()).isEqualTo(GRANTED);
    }

    @Test
    void withdraw_twiceIsRefusedAndKeepsTheFirstWithdrawal() {
        Consent consent = research();
        Instant first = GRANTED.plusSeconds(60);
        consent.withdraw("acc-1", first);

        assertThatIllegalStateException().isThrownBy(() -> consent.withdraw("acc-1", first.plusSeconds(60)));
        assertThat(consent.withdrawnAt()).isEqualTo(first);
    }
}
