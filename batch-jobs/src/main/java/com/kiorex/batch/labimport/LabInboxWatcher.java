package com.kiorex.batch.labimport;

import com.kiorex.batch.boundary.BatchOperations;
import com.kiorex.labs.boundary.ResultFiles;
import com.kiorex.labs.entity.ResultFile;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Watches the folder lab systems drop result files into ({@code KIOREX_LAB_INBOX_DIR}; off when unset).
 * Every 15 seconds each file (.hl7, .csv, .pdf) is received like an upload, moved to {@code processed/},
 * and its import started; other files are moved to {@code unsupported/}. A file still being written
 * should be dropped under a temporary name starting with a dot and renamed when complete. Each tick
 * also restarts imports a crash cut off.
 *
 * <p>Bean-managed, so the timer runs without a transaction: the received file must be committed
 * before its import starts on a batch thread. Payara runs a {@code @Schedule} callback in a
 * container transaction even under a class-level {@code NOT_SUPPORTED} (seen: status ACTIVE in the
 * callback), and then the job raced that commit and sometimes found no file.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class LabInboxWatcher {

    private static final Logger LOG = Logger.getLogger(LabInboxWatcher.class.getName());

    @Inject
    @ConfigProperty(name = "kiorex.lab.inbox.dir")
    Optional<String> inbox;

    @Inject
    ResultFiles files;

    @Inject
    BatchOperations batch;

    @Inject
    RunningImports running;

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
    public void poll() {
        recoverOrphans();
        if (inbox.isEmpty() || inbox.get().isBlank()) {
            return;
        }
        Path dir = Path.of(inbox.get());
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> dropped = Files.newDirectoryStream(dir,
                p -> Files.isRegularFile(p) && !p.getFileName().toString().startsWith("."))) {
            for (Path file : dropped) {
                take(dir, file);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not list the lab inbox folder", e);
        }
    }

    /**
     * A file still IMPORTING that this server is not importing was cut off by a crash (kill -9, power):
     * the batch runtime still shows that execution as started and will not restart it, so a new one is
     * started. Intake is idempotent on (file, item), so results already stored are not stored again.
     */
    void recoverOrphans() {
        for (ResultFiles.Importing file : files.importing()) {
            if (!running.isRunning(file.fileNumber()) && startedBeforeThisServer(file.executionId())) {
                LOG.warning(() -> "lab result file " + file.fileNumber() + " was cut off mid-import; importing it again");
                batch.start(LabResultImport.NAME,
                        Map.of(LabResultImport.FILE_NUMBER, Long.toString(file.fileNumber())));
            }
        }
    }

    /**
     * Only an execution that began before this server did can have been cut off by a crash; one that
     * began later is some other live server's (two servers on one database), and is left alone.
     */
    static boolean startedBeforeThisServer(Long executionId) {
        if (executionId == null) {
            return false;
        }
        try {
            Date started = BatchRuntime.getJobOperator().getJobExecution(executionId).getCreateTime();
            return started != null && started.getTime() < ManagementFactory.getRuntimeMXBean().getStartTime();
        } catch (JobSecurityException | NoSuchJobExecutionException e) {
            return false;
        }
    }

    private void take(Path dir, Path file) throws IOException {
        Optional<ResultFile.Format> format = formatOf(file.getFileName().toString());
        if (format.isEmpty()) {
            move(file, dir.resolve("unsupported"));
            return;
        }
        ResultFiles.Received received = files.receive(file.getFileName().toString(), format.get(),
                Files.readAllBytes(file), ResultFiles.INBOX);
        move(file, dir.resolve("processed"));
        if (!received.duplicate()) {
            batch.start(LabResultImport.NAME,
                    Map.of(LabResultImport.FILE_NUMBER, Long.toString(received.file().fileNumber())));
        }
    }

    static Optional<ResultFile.Format> formatOf(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".hl7") || n.endsWith(".oru")) {
            return Optional.of(ResultFile.Format.HL7);
        }
        if (n.endsWith(".csv")) {
            return Optional.of(ResultFile.Format.CSV);
        }
        if (n.endsWith(".pdf")) {
            return Optional.of(ResultFile.Format.PDF);
        }
        return Optional.empty();
    }

    private static void move(Path file, Path to) throws IOException {
        Files.createDirectories(to);
        Files.move(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }
}
