/**
 * FHIR R4 representations of Kiorex records, for hospital systems that speak FHIR. Read-only views
 * over the same boundaries, so the same access checks and audit rows apply.
 */
package com.kiorex.web.fhir;
