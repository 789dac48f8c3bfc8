package com.kiorex.patients.entity;

import static com.kiorex.patients.entity.PatientFixtures.ownRecord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CareTeamAssignmentTest {

    private static final Instant START = Instant.parse("2026-03-01T07:00:00Z");

    private static CareTeamAssignment assignment() {
        return new CareTeamAssignment(ownRecord("acc-1"), "dr-1", "doctor", START);
    }

    @Test
    void new_isActiveFromItsStart() {
        CareTeamAssignment assignment = assignment();

        assertThat(assignment.isActive()).isTrue();
        assertThat(assignment.startedAt()).isEqualTo(START);
        assertThat(assignment.endedAt()).isNull();
    }

    @Test
    void end_makesTheAssignmentInactive() {
        CareTeamAssignment assignment = assignment();

        assignment.end(START.plusSeconds(86_400));

        assertThat(assignment.isActive()).isFalse();
        assertThat(assignment.endedAt()).isEqualTo(START.plusSeconds(86_400));
    }

    @Test
    void end_atTheStartInstantIsAllowed() {
        CareTeamAssignment assignment = assignment();

        assignment.end(START);

        assertThat(assignment.isActive()).isFalse();
    }

    @Test
    void end_beforeTheStartIsRefusedAndTheAssignmentStaysActive() {
        CareTeamAssignment assignment = assignment();

        assertThatIllegalArgumentException().isThrownBy(() -> assignment.end(START.minusSeconds(1)));
        assertThat(assignment.isActive()).isTrue();
    }

    @Test
    void end_twiceIsRefusedAndKeepsTheFirstEnd() {
        CareTeamAssignment assignment = assignment();
        assignment.end(START.plusSeconds(60));

        assertThatIllegalStateException().isThrownBy(() -> assignment.end(START.plusSeconds(120)));
        assertThat(assignment.endedAt()).isEqualTo(START.plusSeconds(60));
    }
}
