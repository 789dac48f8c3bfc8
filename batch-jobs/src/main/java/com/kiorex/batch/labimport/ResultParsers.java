package com.kiorex.batch.labimport;

import com.kiorex.labs.entity.ResultFile;

/** The parser for each file format. */
final class ResultParsers {

    private ResultParsers() {
    }

    static ResultParser of(ResultFile.Format format) {
        return switch (format) {
            case HL7 -> new Hl7ResultParser();
            case CSV -> new CsvResultParser();
            case PDF -> new PdfResultParser();
        };
    }
}
