/**
 * Batch jobs: Jakarta Batch jobs that run inside the server, keep their job repository in the
 * application's database (schema {@code jbatch}) and are started, watched, stopped and restarted by
 * operators through {@link com.kiorex.batch.boundary.BatchOperations}. Only jobs on the allow-list
 * (every {@link com.kiorex.batch.control.BatchJob} bean) can be reached from outside.
 */
package com.kiorex.batch;
