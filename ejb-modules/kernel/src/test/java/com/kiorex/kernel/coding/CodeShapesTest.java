package com.kiorex.kernel.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CodeShapesTest {

    @ParameterizedTest
    @CsvSource({"E11.9,E11.9", "e11.9,E11.9", "E119,E11.9", "J45,J45", "S72.001A,S72.001A", "S72001A,S72.001A",
            "' I10 ',I10"})
    void icd10_isStoredDotted_andUpperCase(String given, String stored) {
        assertThat(CodeShapes.icd10(given)).contains(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "E1", "11.9", "E11.", "E11.12345", "E11-9", "EE11", "R03AC02"})
    void icd10_refusesWhatCannotBeACode(String given) {
        assertThat(CodeShapes.icd10(given)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"N02BE01,N02BE01", "n02be01,N02BE01", "C10AA,C10AA", "A,A"})
    void atc_acceptsEveryLevel(String given, String stored) {
        assertThat(CodeShapes.atc(given)).contains(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"X01", "N2BE01", "N02BE1", "N02BE011"})
    void atc_refusesOtherShapes(String given) {
        assertThat(CodeShapes.atc(given)).isEmpty();
    }

    /** Real LOINC codes: glucose, hemoglobin, potassium, sodium, leukocytes, platelets, creatinine. */
    @ParameterizedTest
    @ValueSource(strings = {"2345-7", "718-7", "2823-3", "2951-2", "6690-2", "777-3", "2160-0"})
    void loinc_acceptsRealCodes(String code) {
        assertThat(CodeShapes.loinc(code)).contains(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2345-8", "718-1", "2345", "A345-7", "02345-7"})
    void loinc_refusesWrongCheckDigitsAndShapes(String code) {
        assertThat(CodeShapes.loinc(code)).isEmpty();
    }
}
