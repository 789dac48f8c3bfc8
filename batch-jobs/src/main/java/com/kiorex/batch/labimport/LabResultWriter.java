package com.kiorex.batch.labimport;

import com.kiorex.labs.boundary.IncomingObservation;
import com.kiorex.labs.boundary.ResultFiles;
import com.kiorex.labs.boundary.ResultIntake;
import com.kiorex.labs.boundary.SourceDocument;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Files each chunk through the labs context's intake, in the chunk's transaction (with its checkpoint). */
@Named("labResultWriter")
@Dependent
public class LabResultWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String fileNumber;

    @Inject
    ResultFiles files;

    @Inject
    ResultIntake intake;

    private SourceDocument source;

    @Override
    public void open(Serializable checkpoint) {
        source = files.source(Long.parseLong(fileNumber)).orElseThrow(
                () -> new IllegalStateException("no result file " + fileNumber));
    }

    @Override
    public void writeItems(List<Object> items) {
        intake.file(items.stream().map(IncomingObservation.class::cast).toList(), source);
    }
}
