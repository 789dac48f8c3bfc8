package com.kiorex.batch.labimport;

import java.io.Serializable;

/** The reader's checkpoint: the index of the next item to hand over. */
public record ImportPosition(int nextIndex) implements Serializable {

    private static final long serialVersionUID = 1L;
}
