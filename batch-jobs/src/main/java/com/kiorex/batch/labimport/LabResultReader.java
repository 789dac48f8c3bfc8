package com.kiorex.batch.labimport;

import com.kiorex.batch.control.StepProgressLog;
import com.kiorex.labs.boundary.ResultFiles;
import com.kiorex.labs.entity.ResultFile;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Parses the whole file when the step opens (parsing is deterministic, so a restart finds the same
 * items at the same indexes) and hands the items over from the checkpoint on. A bad item is thrown as
 * a skippable {@link BadResultRecord}. A file that cannot be read at all is rejected with its reason
 * (in a transaction of its own) and the step ends with no items and exit status {@code REJECTED}.
 */
@Named("labResultReader")
@Dependent
public class LabResultReader extends AbstractItemReader {

    public static final String REJECTED = "REJECTED";

    @Inject
    @BatchProperty
    String fileNumber;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    ResultFiles files;

    @Inject
    StepProgressLog progress;

    private List<ParsedItem> items = List.of();
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        long number = Long.parseLong(fileNumber);
        next = checkpoint instanceof ImportPosition p ? p.nextIndex() : 0;
        ResultFile file = files.byNumber(number).orElseThrow(
                () -> new IllegalStateException("no result file " + number + " (not committed yet, or never received)"));
        try {
            items = ResultParsers.of(file.format()).parse(file.content());
        } catch (UnreadableFile e) {
            files.rejected(number, e.getMessage());
            job.setExitStatus(REJECTED);
            items = List.of();
        }
        progress.expect(job.getExecutionId(), step.getStepName(), Math.max(0, items.size() - next));
    }

    @Override
    public Object readItem() {
        if (next >= items.size()) {
            return null;
        }
        ParsedItem item = items.get(next++);
        if (item.isBad()) {
            throw new BadResultRecord(item.index(), item.error());
        }
        return item.observation();
    }

    @Override
    public Serializable checkpointInfo() {
        return new ImportPosition(next);
    }
}
