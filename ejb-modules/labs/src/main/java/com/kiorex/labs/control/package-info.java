/**
 * The logic behind the labs use cases: who may reach a patient's lab data ({@link com.kiorex.labs.control.LabAccess}),
 * the ordering doctor as a care relationship, interpretation of incoming values, and the bulk store
 * the result import writes through.
 */
package com.kiorex.labs.control;
