package com.kiorex.batch.control;

import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Chunk listener that makes a running step's counters visible to operators: declare it on a chunk
 * step ({@code <listener ref="chunkProgress"/>}). It records them in each chunk's transaction; the
 * runtime counts a chunk only after it commits, so while the step runs the figures trail by one
 * chunk, and once it ends the runtime's own final counters take over.
 */
@Named("chunkProgress")
@Dependent
public class ChunkProgress extends AbstractChunkListener {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    StepProgressLog log;

    @Override
    public void afterChunk() {
        log.record(job.getExecutionId(), step.getStepName(), step.getMetrics());
    }
}
