package com.kiorex.batch.labimport;

/** A result file that cannot be read at all; the message says why, without quoting its content. */
public class UnreadableFile extends Exception {

    public UnreadableFile(String reason) {
        super(reason);
    }
}
