package com.kiorex.batch.labimport;

/** A result item that cannot be filed (thrown by the reader, skipped by the job and reported). */
public class BadResultRecord extends RuntimeException {

    private final int index;

    public BadResultRecord(int index, String reason) {
        super(reason);
        this.index = index;
    }

    public int index() {
        return index;
    }
}
