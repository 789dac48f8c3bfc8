/**
 * Prescriptions: a doctor prescribes medicines for a patient in their care, the patient gets a PDF
 * with a verification code, anyone can check the code publicly, and a pharmacist dispenses it once.
 */
package com.kiorex.prescriptions;
