-- Batch jobs: live progress of running steps, and the connection check of the application's pool.

-- Jakarta Batch (Payara's runtime) writes a step's counters to its repository only when the step
-- ends. While a chunk step runs, the chunkProgress listener records them here, in each chunk's
-- transaction, together with the number of items the step expects (when its reader counts them).
create table batch_step_progress (
    job_execution_id bigint      not null,
    step_name        text        not null,
    expected_items   bigint,
    read_count       bigint      not null default 0,
    write_count      bigint      not null default 0,
    filter_count     bigint      not null default 0,
    skip_count       bigint      not null default 0,
    commit_count     bigint      not null default 0,
    rollback_count   bigint      not null default 0,
    updated_at       timestamptz not null default now(),
    primary key (job_execution_id, step_name)
);

-- The application's connection pool checks each connection it hands out with
--   select count(*) from public.pool_connection_check()
-- (post-boot: --validationmethod=table --validationtable=public.pool_connection_check()).
-- Besides proving the connection alive, the check restores the role's own search path: Payara's
-- job repository shares the pool and runs "set search_path to jbatch" on every connection it
-- borrows, without restoring it, so the next user of that connection would no longer find the
-- application's tables. Schema-qualified, so that it is found whatever the search path is.
create function public.pool_connection_check() returns setof integer
    language plpgsql volatile
as $$
begin
    reset search_path;
    return next 1;
end
$$;
