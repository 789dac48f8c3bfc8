package com.kiorex.batch.labimport;

import com.kiorex.labs.boundary.IncomingObservation;

/** One item of a result file: either a readable observation or the reason it is not one. */
public record ParsedItem(int index, IncomingObservation observation, String error) {

    static ParsedItem ok(IncomingObservation observation) {
        return new ParsedItem(observation.itemIndex(), observation, null);
    }

    static ParsedItem bad(int index, String error) {
        return new ParsedItem(index, null, error);
    }

    boolean isBad() {
        return error != null;
    }
}
