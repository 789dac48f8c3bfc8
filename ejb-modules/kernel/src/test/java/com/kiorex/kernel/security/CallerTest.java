package com.kiorex.kernel.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CallerTest {

    private static Caller signedIn(String... roles) {
        Caller caller = new Caller();
        caller.identify("sub-1", "alice", Set.of(roles), "10.0.0.7", "req-12345678");
        return caller;
    }

    @Test
    void new_isTheSystemCallerWithoutRolesUntilIdentified() {
        Caller caller = new Caller();

        assertThat(caller.subject()).isEqualTo(Caller.SYSTEM);
        assertThat(caller.username()).isEqualTo(Caller.SYSTEM);
        assertThat(caller.roles()).isEmpty();
        assertThat(caller.hasAnyRole(Role.ALL)).isFalse();
        assertThat(caller.accessReason()).isNull();
    }

    @Test
    void new_givesEveryCallerItsOwnRequestId() {
        assertThat(new Caller().requestId()).isNotBlank().isNotEqualTo(new Caller().requestId());
    }

    @Test
    void identify_takesIdentityFromTheRequest() {
        Caller caller = signedIn(Role.NURSE);

        assertThat(caller.subject()).isEqualTo("sub-1");
        assertThat(caller.username()).isEqualTo("alice");
        assertThat(caller.clientAddress()).isEqualTo("10.0.0.7");
        assertThat(caller.requestId()).isEqualTo("req-12345678");
        assertThat(caller.roles()).containsExactly(Role.NURSE);
    }

    @Test
    void identify_isNotAffectedByLaterChangesToTheGivenRoles() {
        Set<String> roles = new HashSet<>(Set.of(Role.PATIENT));
        Caller caller = new Caller();
        caller.identify("sub-1", "alice", roles, null, "req-12345678");

        roles.add(Role.ADMIN);

        assertThat(caller.hasRole(Role.ADMIN)).isFalse();
    }

    @Test
    void hasAnyRole_isTrueWhenAtLeastOneWantedRoleIsHeld() {
        Caller caller = signedIn(Role.PHARMACIST, Role.PATIENT);

        assertThat(caller.hasAnyRole(Role.CLINICAL)).isTrue();
        assertThat(caller.hasAnyRole(Set.of(Role.ADMIN, Role.BILLING_CLERK))).isFalse();
        assertThat(caller.hasAnyRole(Set.of())).isFalse();
    }

    @Test
    void hasRole_matchesOnlyTheExactRole() {
        Caller caller = signedIn(Role.DOCTOR);

        assertThat(caller.hasRole(Role.DOCTOR)).isTrue();
        assertThat(caller.hasRole(Role.NURSE)).isFalse();
        assertThat(caller.hasRole("Doctor")).isFalse();
    }

    @Test
    void rolesForAudit_listsPlatformRolesSortedAndIgnoresKeycloakDefaults() {
        Caller caller = signedIn(Role.NURSE, "default-roles-kiorex", Role.ADMIN, "offline_access", "uma_authorization");

        assertThat(caller.rolesForAudit()).isEqualTo("admin,nurse");
    }

    @Test
    void rolesForAudit_isEmptyWhenNoPlatformRoleIsHeld() {
        assertThat(signedIn("default-roles-kiorex").rolesForAudit()).isEmpty();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t"})
    void statedReason_blankMeansNoReason(String blank) {
        Caller caller = signedIn(Role.ADMIN);
        caller.statedReason("billing dispute review");

        caller.statedReason(blank);

        assertThat(caller.accessReason()).isNull();
    }

    @Test
    void statedReason_isKeptStripped() {
        Caller caller = signedIn(Role.ADMIN);

        caller.statedReason("  court order 2026-117 \n");

        assertThat(caller.accessReason()).isEqualTo("court order 2026-117");
    }
}
