/**
 * Patients: profiles linked to Keycloak accounts, family members managed by an account holder,
 * medical history, emergency contacts, consents, care teams, and GDPR export and erasure.
 */
package com.kiorex.patients;
