package com.kiorex.labs.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A result file as received, kept whole (it is the source document the observations cite). The
 * import job takes its {@code fileNumber}; a file that cannot be read at all is rejected with the reason.
 */
@Entity
@Table(name = "lab_result_file")
public class ResultFile {

    public enum Format { HL7, CSV, PDF }

    public enum Status { RECEIVED, IMPORTING, IMPORTED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", updatable = false)
    private UUID publicId;

    @Column(name = "file_number", insertable = false, updatable = false)
    private Long fileNumber;

    private String name;

    @Enumerated(EnumType.STRING)
    private Format format;

    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    private String source;

    @Column(name = "received_by")
    private String receivedBy;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String rejection;

    @Column(name = "execution_id")
    private Long executionId;

    protected ResultFile() {
    }

    public ResultFile(String name, Format format, String sha256, byte[] content, String source, String receivedBy,
                      Instant receivedAt) {
        this.publicId = UUID.randomUUID();
        this.name = Objects.requireNonNull(name);
        this.format = Objects.requireNonNull(format);
        this.sha256 = Objects.requireNonNull(sha256);
        this.content = Objects.requireNonNull(content);
        if (content.length == 0) {
            throw new IllegalArgumentException("the file is empty");
        }
        this.source = Objects.requireNonNull(source);
        this.receivedBy = Objects.requireNonNull(receivedBy);
        this.receivedAt = Objects.requireNonNull(receivedAt);
        this.status = Status.RECEIVED;
    }

    public void reject(String reason) {
        this.status = Status.REJECTED;
        this.rejection = Objects.requireNonNull(reason);
    }

    public Long id() {
        return id;
    }

    public UUID publicId() {
        return publicId;
    }

    public Long fileNumber() {
        return fileNumber;
    }

    public String name() {
        return name;
    }

    public Format format() {
        return format;
    }

    public String sha256() {
        return sha256;
    }

    public byte[] content() {
        return content;
    }

    public String source() {
        return source;
    }

    public String receivedBy() {
        return receivedBy;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Status status() {
        return status;
    }

    public String rejection() {
        return rejection;
    }

    public Long executionId() {
        return executionId;
    }
}
