-- Labs context, part 2: orders (bookings), result files, observations and the review queue.

create table lab_order (
    id                      bigint generated always as identity primary key,
    public_id               uuid        not null unique,
    patient_id              uuid        not null,
    placed_by               text        not null,
    ordering_doctor_subject text,
    facility_id             bigint      not null references lab_facility (id),
    collection_mode         text        not null check (collection_mode in ('AT_LAB', 'HOME')),
    home_address            text,
    window_start            timestamptz not null,
    window_end              timestamptz not null,
    collector_subject       text,
    collection_status       text        not null,
    created_at              timestamptz not null,
    created_by              text        not null,
    updated_at              timestamptz not null,
    updated_by              text        not null,
    version                 bigint      not null,
    check (window_start < window_end),
    check (collection_mode = 'AT_LAB' or home_address is not null)
);
create index lab_order_patient_idx on lab_order (patient_id);
create index lab_order_doctor_idx on lab_order (ordering_doctor_subject, patient_id);

create table lab_order_test (
    order_id bigint not null references lab_order (id),
    loinc    text   not null,
    primary key (order_id, loinc)
);

-- A result file as received (uploaded or dropped into the inbox folder). file_number is what the
-- import job takes as its parameter. The same content (sha256) is kept once.
create table lab_result_file (
    id              bigint generated always as identity primary key,
    public_id       uuid        not null unique,
    file_number     bigint generated always as identity (start with 1000) unique,
    name            text        not null,
    format          text        not null check (format in ('HL7', 'CSV', 'PDF')),
    sha256          text        not null unique,
    content         bytea       not null,
    source          text        not null,
    received_by     text        not null,
    received_at     timestamptz not null,
    status          text        not null,
    rejection       text,
    execution_id    bigint
);

-- One row per result item; (source_sha256, item_index) makes a re-import of the same file a no-op.
create table lab_observation (
    id                bigint generated always as identity primary key,
    public_id         uuid        not null unique,
    patient_id        uuid        not null,
    order_id          bigint      not null references lab_order (id),
    loinc             text        not null,
    test_name         text        not null,
    value_numeric     numeric,
    value_text        text        not null,
    unit              text,
    range_low         numeric,
    range_high        numeric,
    range_source      text,
    interpretation    text check (interpretation in ('LL', 'L', 'N', 'H', 'HH')),
    reported_flag     text,
    observed_at       timestamptz not null,
    source_file_id    bigint      not null references lab_result_file (id),
    source_sha256     text        not null,
    item_index        integer     not null,
    created_at        timestamptz not null,
    created_by        text        not null,
    unique (source_sha256, item_index)
);
create index lab_observation_patient_idx on lab_observation (patient_id, loinc, observed_at);

-- Items that could not be matched to a patient and order, or that failed a plausibility check
-- (OCR): staff resolve them; never dropped.
create table lab_review_item (
    id               bigint generated always as identity primary key,
    public_id        uuid        not null unique,
    source_file_id   bigint      not null references lab_result_file (id),
    source_sha256    text        not null,
    item_index       integer     not null,
    reason           text        not null,
    patient_ref      text,
    order_ref        text,
    loinc            text,
    value_text       text,
    unit             text,
    status           text        not null,
    resolution       text,
    resolved_by      text,
    resolved_at      timestamptz,
    observation_id   bigint references lab_observation (id),
    created_at       timestamptz not null,
    created_by       text        not null,
    updated_at       timestamptz not null,
    updated_by       text        not null,
    version          bigint      not null,
    unique (source_sha256, item_index)
);
create index lab_review_open_idx on lab_review_item (status, id);

grant select, insert, update, delete on lab_order, lab_order_test, lab_result_file, lab_observation,
    lab_review_item to ${appRole};
