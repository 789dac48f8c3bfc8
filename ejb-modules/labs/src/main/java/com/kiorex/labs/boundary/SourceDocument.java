package com.kiorex.labs.boundary;

/** The result file items come from, as the import job knows it. */
public record SourceDocument(long fileId, String sha256) {
}
