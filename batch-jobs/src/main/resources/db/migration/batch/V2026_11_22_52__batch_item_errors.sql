-- Batch jobs: the items a run skipped and why, so that operators see each bad record.

create table batch_item_error (
    id               bigint generated always as identity primary key,
    job_execution_id bigint      not null,
    item_index       integer     not null,
    reason           text        not null,
    recorded_at      timestamptz not null default now(),
    unique (job_execution_id, item_index)
);

grant select, insert, update, delete on batch_item_error to ${appRole};
