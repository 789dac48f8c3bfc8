package com.kiorex.labs.boundary;

import com.kiorex.labs.entity.ResultFile;
import java.time.Instant;
import java.util.UUID;

/** A received result file: its import status, the rejection reason if any, and its import execution. */
public record ResultFileView(UUID id, long fileNumber, String name, String format, String sha256, String source,
                             Instant receivedAt, String status, String rejection, Long executionId) {

    static ResultFileView of(ResultFile f) {
        return new ResultFileView(f.publicId(), f.fileNumber(), f.name(), f.format().name(), f.sha256(), f.source(),
                f.receivedAt(), f.status().name(), f.rejection(), f.executionId());
    }
}
