-- Kernel schema: the audit trail and the processed-message keys of idempotent consumers.
-- Runs as the schema owner; the application connects as ${appRole}, which gets only what it needs.

alter default privileges in schema public grant select, insert, update, delete on tables to ${appRole};
alter default privileges in schema public grant usage, select on sequences to ${appRole};

create table audit_event (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz not null,
    user_subject   text        not null,
    username       text,
    user_roles     text,
    action         text        not null,
    resource_type  text        not null,
    resource_id    uuid,
    patient_id     uuid,
    outcome        text        not null,
    client_address text,
    request_id     text,
    reason         text
);
create index audit_event_patient_idx on audit_event (patient_id, occurred_at desc);
create index audit_event_user_idx on audit_event (user_subject, occurred_at desc);
create index audit_event_time_idx on audit_event (occurred_at desc);

-- The trail is append-only for everybody: the application role lacks the privileges, and a
-- trigger stops even the owner from rewriting history by accident.
revoke update, delete, truncate on audit_event from ${appRole};

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end
$$;
create trigger audit_event_no_update_delete before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();

create table processed_message (
    consumer     text        not null,
    message_key  text        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, message_key)
);

-- Jakarta Batch's job repository: Payara creates its tables on first use, as the application role,
-- in this schema only.
create schema if not exists jbatch;
grant usage, create on schema jbatch to ${appRole};
