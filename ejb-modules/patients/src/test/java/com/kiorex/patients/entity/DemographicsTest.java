package com.kiorex.patients.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DemographicsTest {

    private static final LocalDate BORN = LocalDate.of(1990, 7, 1);

    @Test
    void new_recordsAMissingGenderAsUnknown() {
        Demographics d = new Demographics("Grace", "Hopper", BORN, null, Demographics.Contact.none());

        assertThat(d.gender()).isEqualTo(Gender.UNKNOWN);
    }

    @Test
    void new_keepsAStatedGender() {
        Demographics d = new Demographics("Alan", "Turing", BORN, Gender.MALE, Demographics.Contact.none());

        assertThat(d.gender()).isEqualTo(Gender.MALE);
    }

    @Test
    void new_stripsSurroundingWhitespaceFromNames() {
        Demographics d = new Demographics("  Grace\t", "\nHopper  ", BORN, Gender.FEMALE, Demographics.Contact.none());

        assertThat(d.givenName()).isEqualTo("Grace");
        assertThat(d.familyName()).isEqualTo("Hopper");
    }

    @Test
    void new_requiresNamesAndBirthDate() {
        var none = Demographics.Contact.none();
        assertThatNullPointerException().isThrownBy(() -> new Demographics(null, "Hopper", BORN, null, none));
        assertThatNullPointerException().isThrownBy(() -> new Demographics("Grace", null, BORN, null, none));
        assertThatNullPointerException().isThrownBy(() -> new Demographics("Grace", "Hopper", null, null, none));
    }

    @Test
    void contact_givesBackEveryPartThatWasGiven() {
        var contact = new Demographics.Contact("g@example.org", "+1 555 0100", "1 Navy Way", "Arlington",
                "22201", "US", "en");

        Demographics d = new Demographics("Grace", "Hopper", BORN, Gender.FEMALE, contact);

        assertThat(d.contact()).isEqualTo(contact);
        assertThat(d.birthDate()).isEqualTo(BORN);
    }

    @Test
    void contactNone_leavesEveryPartEmpty() {
        var none = Demographics.Contact.none();

        assertThat(none).hasAllNullFieldsOrProperties();
    }
}
