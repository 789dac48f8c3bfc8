/** Access decisions, look-ups and the GDPR mechanics behind the patients boundary. */
package com.kiorex.patients.control;
