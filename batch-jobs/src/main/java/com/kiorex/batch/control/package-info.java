/**
 * The allow-list of jobs and their parameters, and what jobs use so that operators see how far a
 * running step has got: the {@code chunkProgress} listener and the readers' up-front counts, both
 * recorded in {@link com.kiorex.batch.control.StepProgressLog}; and connections for job SQL.
 */
package com.kiorex.batch.control;
