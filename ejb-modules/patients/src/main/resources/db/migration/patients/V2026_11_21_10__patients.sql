-- Patients context. Public ids are UUIDs; bigint keys never leave the server.

create table patient (
    id                 bigint generated always as identity primary key,
    public_id          uuid        not null unique,
    account_subject    text,
    own_record         boolean     not null,
    account_holder_id  bigint references patient (id),
    relationship       text,
    given_name         text,
    family_name        text,
    birth_date         date,
    gender             text,
    email              text,
    phone              text,
    address_line       text,
    city               text,
    postal_code        text,
    country            text,
    preferred_language text,
    status             text        not null,
    erased_at          timestamptz,
    created_at         timestamptz not null,
    created_by         text        not null,
    updated_at         timestamptz not null,
    updated_by         text        not null,
    version            bigint      not null,
    constraint patient_family_member_has_holder check (own_record or account_holder_id is not null)
);
-- one own record per account
create unique index patient_own_record_per_account on patient (account_subject) where own_record;
create index patient_account_idx on patient (account_subject);
create index patient_holder_idx on patient (account_holder_id);
-- staff search: family name prefix (case-insensitive), optionally with birth date
create index patient_family_name_idx on patient (lower(family_name) text_pattern_ops, birth_date) where status = 'ACTIVE';
create index patient_birth_date_idx on patient (birth_date) where status = 'ACTIVE';

create table medical_history_entry (
    id               bigint generated always as identity primary key,
    public_id        uuid        not null unique,
    patient_id       bigint      not null references patient (id),
    category         text        not null,
    code_system      text,
    code             text,
    display          text        not null,
    onset_date       date,
    end_date         date,
    note             text,
    recorded_by_role text        not null,
    voided_at        timestamptz,
    voided_by        text,
    void_reason      text,
    created_at       timestamptz not null,
    created_by       text        not null,
    updated_at       timestamptz not null,
    updated_by       text        not null,
    version          bigint      not null
);
create index medical_history_patient_idx on medical_history_entry (patient_id, category);

create table emergency_contact (
    id           bigint generated always as identity primary key,
    public_id    uuid        not null unique,
    patient_id   bigint      not null references patient (id),
    name         text        not null,
    relationship text        not null,
    phone        text        not null,
    email        text,
    created_at   timestamptz not null,
    created_by   text        not null,
    updated_at   timestamptz not null,
    updated_by   text        not null,
    version      bigint      not null
);
create index emergency_contact_patient_idx on emergency_contact (patient_id);

create table consent (
    id             bigint generated always as identity primary key,
    public_id      uuid        not null unique,
    patient_id     bigint      not null references patient (id),
    purpose        text        not null,
    policy_version text        not null,
    granted_at     timestamptz not null,
    granted_by     text        not null,
    withdrawn_at   timestamptz,
    withdrawn_by   text,
    created_at     timestamptz not null,
    created_by     text        not null,
    updated_at     timestamptz not null,
    updated_by     text        not null,
    version        bigint      not null
);
create index consent_patient_idx on consent (patient_id);

create table care_team_assignment (
    id            bigint generated always as identity primary key,
    public_id     uuid        not null unique,
    patient_id    bigint      not null references patient (id),
    staff_subject text        not null,
    staff_role    text        not null,
    started_at    timestamptz not null,
    ended_at      timestamptz,
    created_at    timestamptz not null,
    created_by    text        not null,
    updated_at    timestamptz not null,
    updated_by    text        not null,
    version       bigint      not null
);
-- the access check: is this staff member actively on this patient's care team?
create unique index care_team_active_idx on care_team_assignment (staff_subject, patient_id) where ended_at is null;
create index care_team_patient_idx on care_team_assignment (patient_id);
