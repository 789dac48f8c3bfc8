package com.kiorex.patients.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClinicalCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "J45.9",     // asthma, unspecified (WHO and CM)
        "E11.9",     // type 2 diabetes without complications
        "I10",       // essential hypertension: a three-character category with no subdivision
        "U07.1",     // COVID-19, from the WHO emergency-use U chapter
        "S72.001A",  // ICD-10-CM: fracture of femur, initial encounter (7th character)
        "T36.0X1A",  // ICD-10-CM: placeholder X before the 7th character
        "C4A.0",     // ICD-10-CM: letter as third character
        "Z99.89"     // ICD-10-CM: five characters
    })
    void new_acceptsIcd10CodesOfEveryRealShape(String code) {
        ClinicalCode coded = new ClinicalCode(ClinicalCode.ICD10, code, "a condition");

        assertThat(coded.system()).isEqualTo(ClinicalCode.ICD10);
        assertThat(coded.code()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",            // empty
        "J45.",        // dot without subdivision
        "J4",          // too short
        "45.9",        // no chapter letter
        "JJ5.9",       // second character must be a digit
        "J45.12345",   // more than four characters after the dot
        "J45,9",       // comma instead of dot
        "J40-J47",     // a block, not a code
        "R03AC02"      // an ATC code in the wrong system
    })
    void new_refusesTextThatIsNotShapedLikeAnIcd10Code(String code) {
        assertThatIllegalArgumentException().isThrownBy(() -> new ClinicalCode(ClinicalCode.ICD10, code, "x"))
                .withMessageContaining("ICD-10");
    }

    @ParameterizedTest
    @CsvSource({"j45.9,J45.9", "J459,J45.9", "' E11.9 ',E11.9", "S72001A,S72.001A"})
    void new_storesIcd10CodesDottedAndUpperCase(String given, String stored) {
        assertThat(new ClinicalCode(ClinicalCode.ICD10, given, "a condition").code()).isEqualTo(stored);
    }

    @ParameterizedTest
    @CsvSource({"r03ac02,R03AC02", "' N02BE01',N02BE01"})
    void new_storesAtcCodesUpperCase(String given, String stored) {
        assertThat(new ClinicalCode(ClinicalCode.ATC, given, "a medicine").code()).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "A",        // level 1: anatomical main group
        "A10",      // level 2: therapeutic subgroup
        "A10B",     // level 3
        "A10BA",    // level 4
        "A10BA02",  // level 5: metformin
        "R03AC02",  // salbutamol
        "N02BE01"   // paracetamol
    })
    void new_acceptsAtcCodesAtEveryLevel(String code) {
        assertThat(new ClinicalCode(ClinicalCode.ATC, code, "a medicine").code()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",          // empty
        "R3",        // one digit at level 2
        "R03AC2",    // one digit at level 5
        "R03A0",     // digit where level 4 needs a letter
        "R03AC021",  // too long
        "03AC02",    // no main group letter
        "R03.AC02",  // dotted
        "J45.9"      // an ICD-10 code in the wrong system
    })
    void new_refusesTextThatIsNotShapedLikeAnAtcCode(String code) {
        assertThatIllegalArgumentException().isThrownBy(() -> new ClinicalCode(ClinicalCode.ATC, code, "x"))
                .withMessageContaining("ATC");
    }

    /** ATC has 14 anatomical main groups; a code under any other letter is a typo. */
    @ParameterizedTest
    @ValueSource(strings = {"E03AC02", "Z01", "X"})
    void new_refusesAtcCodesOutsideTheFourteenMainGroups(String code) {
        assertThatIllegalArgumentException().isThrownBy(() -> new ClinicalCode(ClinicalCode.ATC, code, "x"));
    }

    @Test
    void new_refusesACodeWithoutItsSystem() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ClinicalCode(null, "J45.9", "Asthma"));
    }

    @Test
    void new_refusesASystemWithoutACode() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ClinicalCode(ClinicalCode.ICD10, null, "Asthma"));
    }

    @Test
    void new_acceptsAnUncodedDescription() {
        ClinicalCode uncoded = new ClinicalCode(null, null, "  mild hay fever in spring ");

        assertThat(uncoded.system()).isNull();
        assertThat(uncoded.code()).isNull();
        assertThat(uncoded.display()).isEqualTo("mild hay fever in spring");
    }

    @Test
    void new_leavesCodesOfOtherSystemsUnchecked() {
        assertThat(new ClinicalCode("SNOMED-CT", "195967001", "Asthma").code()).isEqualTo("195967001");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void new_refusesACodeWithoutDescription(String display) {
        assertThatIllegalArgumentException().isThrownBy(() -> new ClinicalCode(ClinicalCode.ICD10, "J45.9", display));
    }

    @Test
    void equals_comparesSystemCodeAndDisplay() {
        ClinicalCode asthma = new ClinicalCode(ClinicalCode.ICD10, "J45.9", "Asthma");

        assertThat(asthma).isEqualTo(new ClinicalCode(ClinicalCode.ICD10, "J45.9", " Asthma "))
                .hasSameHashCodeAs(new ClinicalCode(ClinicalCode.ICD10, "J45.9", "Asthma"));
        assertThat(asthma).isNotEqualTo(new ClinicalCode(ClinicalCode.ICD10, "J45.0", "Asthma"));
        assertThat(asthma).isNotEqualTo(new ClinicalCode("LOCAL", "J45.9", "Asthma"));
        assertThat(asthma).isNotEqualTo(new ClinicalCode(ClinicalCode.ICD10, "J45.9", "Asthma, unspecified"));
    }
}
