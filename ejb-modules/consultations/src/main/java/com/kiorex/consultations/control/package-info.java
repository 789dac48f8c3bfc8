/** Access rules, look-ups, doctor search, slot generation and adapters behind the consultations boundary. */
package com.kiorex.consultations.control;
