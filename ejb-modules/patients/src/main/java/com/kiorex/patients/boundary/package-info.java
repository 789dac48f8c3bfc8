/**
 * The use cases other layers call: one facade per concern. Each checks who may touch which
 * patient (through {@link com.kiorex.patients.control.PatientAccess}) and audits the access.
 */
package com.kiorex.patients.boundary;
