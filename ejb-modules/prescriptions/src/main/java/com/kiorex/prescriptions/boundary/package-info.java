/**
 * The use cases the web layer calls: issue, read, print, cancel, verify publicly and dispense. Each
 * checks who may touch which prescription (through {@link com.kiorex.prescriptions.control.PrescriptionAccess})
 * and audits the access.
 */
package com.kiorex.prescriptions.boundary;
