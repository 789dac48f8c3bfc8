/**
 * Prescriptions over HTTP: doctors issue and cancel, patients and their doctors read and download
 * the PDF, pharmacists look up and dispense by code (in the body), and anyone checks a code publicly.
 */
package com.kiorex.web.prescriptions;
