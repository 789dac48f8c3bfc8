-- The in-app inbox: welcome messages and alerts written by message consumers, read by the
-- account holder. Until a notifications context exists, this is where in-app alerts land.
create table inbox_message (
    id              bigint generated always as identity primary key,
    public_id       uuid        not null unique,
    account_subject text        not null,
    patient_id      uuid,
    kind            text        not null,
    title           text        not null,
    body            text        not null,
    created_at      timestamptz not null,
    read_at         timestamptz
);
create index inbox_account_idx on inbox_message (account_subject, created_at desc);
