package com.kiorex.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.kiorex.kernel.security.Role;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RateLimitsTest {

    private static final String PREFIX = "kiorex.rate-limit.per-minute.";

    private static RateLimits limits(int defaultPerMinute, Map<String, String> properties) {
        RateLimits limits = new RateLimits();
        limits.config = new MapConfig(properties);
        limits.defaultPerMinute = defaultPerMinute;
        return limits;
    }

    private static Set<String> inOrder(String... roles) {
        return new LinkedHashSet<>(List.of(roles));
    }

    @Test
    void limitFor_usesTheDefaultWhenNoRoleHasItsOwnLimit() {
        RateLimits limits = limits(100, Map.of(PREFIX + Role.DOCTOR, "300"));

        assertThat(limits.limitFor(Set.of())).isEqualTo(100);
        assertThat(limits.limitFor(Set.of(Role.PATIENT, "default-roles-kiorex"))).isEqualTo(100);
    }

    @Test
    void limitFor_usesARolesOwnLimitEvenWhenItIsLowerThanTheDefault() {
        RateLimits limits = limits(100, Map.of(PREFIX + Role.PATIENT, "30", PREFIX + Role.DOCTOR, "300"));

        assertThat(limits.limitFor(Set.of(Role.PATIENT))).isEqualTo(30);
        assertThat(limits.limitFor(Set.of(Role.DOCTOR))).isEqualTo(300);
    }

    @Test
    void limitFor_givesTheHighestOfSeveralRoleLimitsWhateverTheirOrder() {
        RateLimits limits = limits(100, Map.of(PREFIX + Role.PATIENT, "30", PREFIX + Role.NURSE, "200",
                PREFIX + Role.BATCH_OPERATOR, "1000"));

        assertThat(limits.limitFor(inOrder(Role.PATIENT, Role.NURSE))).isEqualTo(200);
        assertThat(limits.limitFor(inOrder(Role.NURSE, Role.PATIENT))).isEqualTo(200);
        assertThat(limits.limitFor(inOrder(Role.BATCH_OPERATOR, Role.PATIENT, Role.NURSE))).isEqualTo(1000);
        assertThat(limits.limitFor(inOrder(Role.PATIENT, Role.NURSE, Role.BATCH_OPERATOR))).isEqualTo(1000);
    }

    @Test
    void limitFor_countsARoleWithoutItsOwnSettingAtTheDefault() {
        RateLimits limits = limits(100, Map.of(PREFIX + Role.PATIENT, "30"));

        assertThat(limits.limitFor(inOrder(Role.NURSE, Role.PATIENT))).isEqualTo(100);
    }

    @Test
    void limitFor_ignoresASettingBelowOne() {
        RateLimits limits = limits(100, Map.of(PREFIX + Role.PATIENT, "0", PREFIX + Role.NURSE, "-5"));

        assertThat(limits.limitFor(inOrder(Role.PATIENT))).isEqualTo(100);
        assertThat(limits.limitFor(inOrder(Role.NURSE))).isEqualTo(100);
    }

    @Test
    void limitFor_isNotRaisedByTheDefaultWhenAnotherRoleHasItsOwnLimit() {
        RateLimits limits = limits(100, Map.of(PREFIX + Role.PATIENT, "30"));

        assertThat(limits.limitFor(inOrder("default-roles-kiorex", Role.PATIENT, "offline_access"))).isEqualTo(30);
    }

    @Test
    void take_refusesACallerPastTheLimitWithoutAffectingOthers() {
        RateLimits limits = limits(2, Map.of());

        assertThat(limits.take("sub-a", Set.of(Role.PATIENT))).isZero();
        assertThat(limits.take("sub-a", Set.of(Role.PATIENT))).isZero();
        assertThat(limits.take("sub-a", Set.of(Role.PATIENT))).isBetween(1L, 60L);
        assertThat(limits.take("sub-b", Set.of(Role.PATIENT))).isZero();
    }

    @Test
    void take_appliesTheNewLimitWhenTheCallersRolesChange() {
        RateLimits limits = limits(1, Map.of(PREFIX + Role.DOCTOR, "5"));
        limits.take("sub-a", Set.of(Role.PATIENT));
        assertThat(limits.take("sub-a", Set.of(Role.PATIENT))).isPositive();

        assertThat(limits.take("sub-a", Set.of(Role.DOCTOR))).isZero();
    }
}
