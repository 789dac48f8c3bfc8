package com.kiorex.labs.control;

import static com.kiorex.labs.entity.CatalogueFixtures.facility;
import static com.kiorex.labs.entity.CatalogueFixtures.range;
import static com.kiorex.labs.entity.CatalogueFixtures.test;
import static org.assertj.core.api.Assertions.assertThat;

import com.kiorex.labs.entity.Interpretation;
import com.kiorex.labs.entity.LabTest;
import com.kiorex.labs.entity.Sex;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InterpreterTest {

    private final LabTest hemoglobin = test("718-7", facility(true),
            range(Sex.FEMALE, 18, 200, "12.0", "15.5", "7", "20"), range(Sex.MALE, 18, 200, "13.5", "17.5", "7", "20"));

    @Test
    void theMessagesRange_wins_andTheCataloguesCriticalLimitsStillApply() {
        Interpreter.Result r = Interpreter.interpret("12.5", "13.0-17.0", null, hemoglobin, Sex.FEMALE, 40);
        assertThat(r.interpretation()).isEqualTo(Interpretation.L);
        assertThat(r.rangeSource()).isEqualTo("message");
        assertThat(Interpreter.interpret("6.1", "13.0-17.0", "L", hemoglobin, Sex.FEMALE, 40).interpretation())
                .isEqualTo(Interpretation.LL);
    }

    @Test
    void withoutARangeInTheMessage_theCataloguesRangeForSexAndAgeIsUsed() {
        Interpreter.Result female = Interpreter.interpret("13.0", null, null, hemoglobin, Sex.FEMALE, 40);
        Interpreter.Result male = Interpreter.interpret("13.0", null, null, hemoglobin, Sex.MALE, 40);
        assertThat(female.interpretation()).isEqualTo(Interpretation.N);
        assertThat(male.interpretation()).isEqualTo(Interpretation.L);
        assertThat(male.rangeSource()).isEqualTo("catalogue");
    }

    @Test
    void aReportedCriticalFlag_isNeverDowngraded_andATextValueKeepsTheReportedFlag() {
        assertThat(Interpreter.interpret("16", "13.0-17.0", "HH", hemoglobin, Sex.MALE, 40).interpretation())
                .isEqualTo(Interpretation.HH);
        assertThat(Interpreter.interpret("positive", null, "H", null, Sex.UNKNOWN, null).interpretation())
                .isEqualTo(Interpretation.H);
        assertThat(Interpreter.interpret("positive", null, null, null, Sex.UNKNOWN, null).interpretation()).isNull();
    }

    @Test
    void numbers_andAges() {
        assertThat(Interpreter.number("5,4")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("5.4"));
        assertThat(Interpreter.number("5.4.1")).isEmpty();
        assertThat(Interpreter.number("@00123")).isEmpty();
        assertThat(Interpreter.ageOn(LocalDate.of(1985, 5, 20), LocalDate.of(2026, 5, 19))).isEqualTo(40);
        assertThat(Interpreter.ageOn(null, LocalDate.now())).isNull();
    }
}
