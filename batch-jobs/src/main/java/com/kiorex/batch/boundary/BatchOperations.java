package com.kiorex.batch.boundary;

import com.kiorex.batch.control.BatchJob;
import com.kiorex.batch.control.InvalidJobParameters;
import com.kiorex.batch.control.ItemErrors;
import com.kiorex.batch.control.JobCatalog;
import com.kiorex.batch.control.StepProgressLog;
import com.kiorex.kernel.paging.Page;
import com.kiorex.kernel.paging.PageRequest;
import com.kiorex.kernel.problem.Conflict;
import com.kiorex.kernel.problem.NotFound;
import com.kiorex.kernel.security.Caller;
import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * What operators do with batch jobs: start one from the allow-list, list its executions, watch one,
 * stop it, restart it. Who may call is the caller's concern (the REST layer allows batch operators).
 * No transaction: the runtime records a start in its repository at once, and the job, running on
 * another thread, must see that record without waiting for a commit of ours.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchOperations {

    private static final Logger LOG = Logger.getLogger(BatchOperations.class.getName());

    @Inject
    JobCatalog catalog;

    @Inject
    StepProgressLog progress;

    @Inject
    Caller caller;

    @Inject
    ItemErrors itemErrors;

    /**
     * @throws NotFound              for a job that is not on the allow-list
     * @throws InvalidJobParameters  for unknown parameters or wrong values; nothing is started
     */
    public ExecutionDetails start(String jobName, Map<String, String> parameters) {
        BatchJob job = known(jobName);
        Properties accepted = JobCatalog.parameters(job, parameters);
        long id = operator().start(job.name(), accepted);
        LOG.info(() -> "request " + caller.requestId() + ": " + caller.username() + " started " + job.name()
                + " as execution " + id + " with " + accepted);
        return execution(id);
    }

    /**
     * The job's executions, newest first. A page covers {@code size} runs (job instances), so a run
     * that was restarted shows all its executions together; {@code total} counts runs.
     */
    public Page<ExecutionSummary> executions(String jobName, PageRequest request) {
        BatchJob job = known(jobName);
        JobOperator operator = operator();
        long runs;
        try {
            runs = operator.getJobInstanceCount(job.name());
        } catch (NoSuchJobException neverRun) {
            runs = 0;
        }
        if (request.offset() >= runs) {
            return new Page<>(List.of(), request.page(), request.size(), runs);
        }
        List<ExecutionSummary> items = operator.getJobInstances(job.name(), request.offset(), request.size()).stream()
                .flatMap(run -> operator.getJobExecutions(run).stream())
                .sorted(Comparator.comparingLong(JobExecution::getExecutionId).reversed())
                .map(ExecutionSummary::of)
                .toList();
        return new Page<>(items, request.page(), request.size(), runs);
    }

    public ExecutionDetails execution(long executionId) {
        JobExecution execution = knownExecution(executionId);
        JobOperator operator = operator();
        return ExecutionDetails.of(execution, operator.getParameters(executionId),
                operator.getStepExecutions(executionId), progress.of(executionId));
    }

    /** The records this execution skipped, by their index in the input, with the reason for each. */
    public List<ItemErrors.ItemError> errors(long executionId, PageRequest request) {
        knownExecution(executionId);
        return itemErrors.of(executionId, request.offset(), request.size());
    }

    /** Asks a running execution to stop after its current chunk; it ends as STOPPED and can be restarted. */
    public ExecutionDetails stop(long executionId) {
        knownExecution(executionId);
        try {
            operator().stop(executionId);
        } catch (JobExecutionNotRunningException e) {
            throw new Conflict("the execution is not running");
        }
        LOG.info(() -> "request " + caller.requestId() + ": " + caller.username() + " stopped execution "
                + executionId);
        return execution(executionId);
    }

    /** Runs a stopped or failed execution again, with its parameters, from its last checkpoint. */
    public ExecutionDetails restart(long executionId) {
        knownExecution(executionId);
        JobOperator operator = operator();
        long restarted;
        try {
            restarted = operator.restart(executionId, operator.getParameters(executionId));
        } catch (JobExecutionAlreadyCompleteException e) {
            throw new Conflict("the execution completed; start a new one instead");
        } catch (JobExecutionNotMostRecentException e) {
            throw new Conflict("only the latest execution of a run can be restarted");
        } catch (JobRestartException e) {
            throw new Conflict("only a stopped or failed execution can be restarted");
        }
        LOG.info(() -> "request " + caller.requestId() + ": " + caller.username() + " restarted execution "
                + executionId + " as " + restarted);
        return execution(restarted);
    }

    private BatchJob known(String jobName) {
        return catalog.job(jobName).orElseThrow(() -> new NotFound("batch job"));
    }

    /** An execution of an allow-listed job; any other is reported as not existing. */
    private JobExecution knownExecution(long executionId) {
        JobExecution execution;
        try {
            execution = operator().getJobExecution(executionId);
        } catch (NoSuchJobExecutionException | JobSecurityException e) {
            throw new NotFound("job execution");
        }
        if (execution == null || catalog.job(execution.getJobName()).isEmpty()) {
            throw new NotFound("job execution");
        }
        return execution;
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
