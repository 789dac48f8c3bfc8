package com.kiorex.batch.labimport;

import java.util.List;

/** Turns a result file's bytes into its items, in file order, indexed from 0. */
public interface ResultParser {

    List<ParsedItem> parse(byte[] content) throws UnreadableFile;
}
