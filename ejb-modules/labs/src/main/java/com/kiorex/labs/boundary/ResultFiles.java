package com.kiorex.labs.boundary;

import com.kiorex.kernel.problem.NotFound;
import com.kiorex.kernel.problem.RuleViolation;
import com.kiorex.kernel.security.Caller;
import com.kiorex.labs.entity.ResultFile;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Result files as received: stored whole, once per content (sha256), then imported by the
 * {@code lab-result-import} job. A second copy of a file already received is not stored again.
 */
@Stateless
public class ResultFiles {

    public static final String UPLOAD = "upload";
    public static final String INBOX = "inbox-folder";

    @PersistenceContext(unitName = "labs")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** A received file, and whether it was already there. */
    public record Received(ResultFileView file, boolean duplicate) {
    }

    public Received receive(String name, ResultFile.Format format, byte[] content, String source) {
        if (content == null || content.length == 0) {
            throw new RuleViolation("the file is empty");
        }
        String sha = sha256(content);
        Optional<ResultFile> known = bySha(sha);
        if (known.isPresent()) {
            return new Received(ResultFileView.of(known.get()), true);
        }
        ResultFile file = new ResultFile(safeName(name), format, sha, content, source, caller.subject(), clock.instant());
        em.persist(file);
        em.flush();
        em.refresh(file);
        return new Received(ResultFileView.of(file), false);
    }

    public ResultFileView file(UUID id) {
        return em.createQuery("select f from ResultFile f where f.publicId = :id", ResultFile.class)
                .setParameter("id", id).getResultStream().findFirst().map(ResultFileView::of)
                .orElseThrow(() -> new NotFound("result file"));
    }

    /** For the import job: the file with its content. */
    public Optional<ResultFile> byNumber(long fileNumber) {
        return em.createQuery("select f from ResultFile f where f.fileNumber = :n", ResultFile.class)
                .setParameter("n", fileNumber).getResultStream().findFirst();
    }

    /** Without loading the content: what the import's writer cites as the source of each result. */
    public Optional<SourceDocument> source(long fileNumber) {
        return em.createQuery("select f.id, f.sha256 from ResultFile f where f.fileNumber = :n", Object[].class)
                .setParameter("n", fileNumber).getResultStream().findFirst()
                .map(row -> new SourceDocument((Long) row[0], (String) row[1]));
    }

    // status changes as bulk updates: the entity would load the whole file for a one-column change

    public void importing(long fileNumber, long executionId) {
        em.createQuery("update ResultFile f set f.executionId = :e, f.status = case when f.status = :done then :done "
                        + "else :importing end where f.fileNumber = :n")
                .setParameter("e", executionId).setParameter("done", ResultFile.Status.IMPORTED)
                .setParameter("importing", ResultFile.Status.IMPORTING).setParameter("n", fileNumber).executeUpdate();
    }

    public void imported(long fileNumber) {
        move(fileNumber, null, ResultFile.Status.IMPORTED);
    }

    /** Stopped or failed: the file waits for an operator's restart. */
    public void interrupted(long fileNumber) {
        move(fileNumber, ResultFile.Status.IMPORTING, ResultFile.Status.RECEIVED);
    }

    private void move(long fileNumber, ResultFile.Status from, ResultFile.Status to) {
        var update = em.createQuery("update ResultFile f set f.status = :to where f.fileNumber = :n"
                        + (from == null ? "" : " and f.status = :from"))
                .setParameter("to", to).setParameter("n", fileNumber);
        if (from != null) {
            update.setParameter("from", from);
        }
        update.executeUpdate();
    }

    /** A file whose import had started and not ended, as the database remembers it, with that execution. */
    public record Importing(long fileNumber, Long executionId) {
    }

    public List<Importing> importing() {
        return em.createQuery("select f.fileNumber, f.executionId from ResultFile f where f.status = :s "
                        + "order by f.fileNumber", Object[].class).setParameter("s", ResultFile.Status.IMPORTING)
                .getResultStream().map(row -> new Importing((Long) row[0], (Long) row[1])).toList();
    }

    public void rejected(long fileNumber, String reason) {
        byNumber(fileNumber).ifPresent(f -> f.reject(reason));
    }

    private Optional<ResultFile> bySha(String sha) {
        return em.createQuery("select f from ResultFile f where f.sha256 = :s", ResultFile.class)
                .setParameter("s", sha).getResultStream().findFirst();
    }

    /** Names are kept for people to recognise a file, never used as paths. */
    static String safeName(String name) {
        String n = name == null || name.isBlank() ? "results" : name.strip();
        n = n.replaceAll("[^A-Za-z0-9._-]", "_");
        return n.length() > 120 ? n.substring(0, 120) : n;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
