package com.kiorex.patients.entity;

import static com.kiorex.patients.entity.PatientFixtures.ownRecord;
import static com.kiorex.patients.entity.PatientFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PatientTest {

    private static final Instant NOW = Instant.parse("2026-11-21T09:30:00Z");

    @Test
    void ownedBy_makesAnActiveOwnRecordManagedByTheAccount() {
        Patient patient = ownRecord("acc-1");

        assertThat(patient.ownRecord()).isTrue();
        assertThat(patient.accountHolder()).isNull();
        assertThat(patient.status()).isEqualTo(PatientStatus.ACTIVE);
        assertThat(patient.isManagedBy("acc-1")).isTrue();
        assertThat(patient.isManagedBy("acc-2")).isFalse();
    }

    @Test
    void ownedBy_givesEveryRecordItsOwnPublicId() {
        assertThat(ownRecord("acc-1").publicId()).isNotNull().isNotEqualTo(ownRecord("acc-1").publicId());
    }

    @Test
    void ownedBy_refusesMissingDemographics() {
        assertThatNullPointerException().isThrownBy(() -> Patient.ownedBy("acc-1", null));
    }

    @Test
    void isManagedBy_isFalseForEveryoneWhenNoAccountIsLinked() {
        Patient unlinked = Patient.ownedBy(null, person("Ada", "Lovelace"));

        assertThat(unlinked.isManagedBy(null)).isFalse();
        assertThat(unlinked.isManagedBy("acc-1")).isFalse();
    }

    @Test
    void addFamilyMember_makesARecordManagedFromTheHoldersAccount() {
        Patient holder = ownRecord("acc-1");

        Patient child = holder.addFamilyMember("  daughter \n", person("Byron", "Lovelace"));

        assertThat(child.ownRecord()).isFalse();
        assertThat(child.accountHolder()).isSameAs(holder);
        assertThat(child.relationship()).isEqualTo("daughter");
        assertThat(child.isManagedBy("acc-1")).isTrue();
        assertThat(child.isManagedBy("acc-2")).isFalse();
        assertThat(child.publicId()).isNotEqualTo(holder.publicId());
        assertThat(child.demographics().givenName()).isEqualTo("Byron");
        assertThat(holder.demographics().givenName()).isEqualTo("Ada");
    }

    @Test
    void addFamilyMember_isRefusedOnAFamilyMembersRecord() {
        Patient child = ownRecord("acc-1").addFamilyMember("son", person("Byron", "Lovelace"));

        assertThatIllegalStateException()
                .isThrownBy(() -> child.addFamilyMember("son", person("Ralph", "Lovelace")))
                .withMessageContaining("family member");
    }

    @Test
    void addFamilyMember_isRefusedOnAnErasedRecord() {
        Patient holder = ownRecord("acc-1");
        holder.erase(NOW);

        assertThatIllegalStateException().isThrownBy(() -> holder.addFamilyMember("son", person("Byron", "L")));
    }

    @Test
    void addFamilyMember_requiresTheRelationship() {
        assertThatNullPointerException().isThrownBy(() -> ownRecord("acc-1").addFamilyMember(null, person("B", "L")));
    }

    @Test
    void updateDemographics_replacesWhoThePatientIs() {
        Patient patient = ownRecord("acc-1");

        patient.updateDemographics(person("Augusta Ada", "King"));

        assertThat(patient.demographics().givenName()).isEqualTo("Augusta Ada");
        assertThat(patient.demographics().familyName()).isEqualTo("King");
    }

    @Test
    void updateDemographics_isRefusedOnAnErasedRecord() {
        Patient patient = ownRecord("acc-1");
        patient.erase(NOW);

        assertThatIllegalStateException().isThrownBy(() -> patient.updateDemographics(person("Ada", "King")));
        assertThat(patient.demographics().givenName()).isEmpty();
    }

    @Test
    void erase_wipesEveryIdentifyingFieldButKeepsThePublicId() {
        Patient child = ownRecord("acc-1").addFamilyMember("daughter", person("Byron", "Lovelace"));
        var publicId = child.publicId();

        child.erase(NOW);

        Demographics wiped = child.demographics();
        assertThat(wiped.givenName()).isEmpty();
        assertThat(wiped.familyName()).isEmpty();
        assertThat(wiped.birthDate()).isNull();
        assertThat(wiped.gender()).isEqualTo(Gender.UNKNOWN);
        assertThat(wiped.contact()).isEqualTo(Demographics.Contact.none());
        assertThat(child.relationship()).isNull();
        assertThat(child.publicId()).isEqualTo(publicId);
        assertThat(child.status()).isEqualTo(PatientStatus.ERASED);
        assertThat(child.erasedAt()).isEqualTo(NOW);
    }

    @Test
    void erase_unlinksTheAccountSoItNoLongerManagesTheRecord() {
        Patient patient = ownRecord("acc-1");

        patient.erase(NOW);

        assertThat(patient.accountSubject()).isNull();
        assertThat(patient.isManagedBy("acc-1")).isFalse();
    }

    @Test
    void erase_isRefusedOnAnAlreadyErasedRecord() {
        Patient patient = ownRecord("acc-1");
        patient.erase(NOW);

        assertThatIllegalStateException().isThrownBy(() -> patient.erase(NOW.plusSeconds(60)));
        assertThat(patient.erasedAt()).isEqualTo(NOW);
    }
}
