-- Prescriptions context. Patients are referred to by their public id (no foreign key across contexts);
-- the verification code is stored only as its SHA-256, unique so that a look-up finds one prescription.
-- DML for ${appRole} comes from the default privileges set in the kernel's first migration; granted
-- again here so this context does not depend on that order.

create table prescription (
    id                 bigint generated always as identity primary key,
    public_id          uuid        not null unique,
    patient_id         uuid        not null,
    consultation_id    uuid,
    prescriber_subject text        not null,
    prescriber_name    text        not null,
    issued_at          timestamptz not null,
    expires_on         date        not null,
    verification_hash  text        not null unique,
    status             text        not null,
    dispensed_at       timestamptz,
    dispensed_by       text,
    cancelled_at       timestamptz,
    cancel_reason      text,
    created_at         timestamptz not null,
    created_by         text        not null,
    updated_at         timestamptz not null,
    updated_by         text        not null,
    version            bigint      not null,
    constraint prescription_status_known check (status in ('ACTIVE', 'DISPENSED', 'CANCELLED')),
    constraint prescription_dispensed_has_who check (status <> 'DISPENSED' or (dispensed_at is not null and dispensed_by is not null)),
    constraint prescription_cancelled_has_reason check (status <> 'CANCELLED' or (cancelled_at is not null and cancel_reason is not null))
);
create index prescription_patient_idx on prescription (patient_id, issued_at desc);
create index prescription_prescriber_idx on prescription (prescriber_subject);

create table prescription_item (
    prescription_id bigint  not null references prescription (id),
    position        integer not null,
    medicine_name   text    not null,
    atc_code        text,
    strength        text,
    dose            text    not null,
    route           text    not null,
    frequency       text    not null,
    duration_days   integer not null check (duration_days > 0),
    quantity        integer not null check (quantity > 0),
    quantity_unit   text    not null,
    instructions    text,
    primary key (prescription_id, position)
);

create table prescription_document (
    prescription_id bigint primary key references prescription (id),
    pdf             bytea  not null
);

grant select, insert, update on prescription, prescription_item to ${appRole};
grant select, insert on prescription_document to ${appRole};
-- items and documents are never changed after issue, and nothing here is ever deleted
revoke delete, truncate on prescription, prescription_item, prescription_document from ${appRole};
revoke update on prescription_document from ${appRole};
