-- Consultations context: doctors, their weekly schedules and exceptions, the slots derived from them,
-- bookings (with the consultation record) and each doctor's calendar as the calendar consumer keeps it.
-- Times are timestamptz (UTC instants); each facility's IANA zone is stored for display and for
-- deriving slots from local working hours.

create table doctor (
    id              bigint generated always as identity primary key,
    public_id       uuid          not null unique,
    account_subject text          not null unique,
    display_name    text          not null,
    email           text,
    specialties     text[]        not null,
    languages       text[]        not null,
    fee             numeric(10,2) not null check (fee >= 0),
    currency        char(3)       not null,
    facility_name   text          not null,
    latitude        double precision not null check (latitude between -90 and 90),
    longitude       double precision not null check (longitude between -180 and 180),
    facility_zone   text          not null,
    slot_minutes    integer       not null check (slot_minutes between 5 and 240),
    verified        boolean       not null,
    rating          numeric(2,1)  check (rating between 0 and 5),
    created_at      timestamptz   not null,
    created_by      text          not null,
    updated_at      timestamptz   not null,
    updated_by      text          not null,
    version         bigint        not null
);
-- search: containment on the coded lists, ranges on fee and rating, a bounding box before distance
create index doctor_specialties_idx on doctor using gin (specialties);
create index doctor_languages_idx on doctor using gin (languages);
create index doctor_fee_idx on doctor (fee);
create index doctor_rating_idx on doctor (rating desc nulls last);
create index doctor_position_idx on doctor (latitude, longitude);
create index doctor_name_idx on doctor (lower(display_name) text_pattern_ops);

-- the weekly pattern in the facility's local time
create table weekly_schedule_rule (
    doctor_id   bigint  not null references doctor (id),
    day_of_week text    not null,
    start_time  time    not null,
    end_time    time    not null,
    check (start_time < end_time)
);
create index weekly_schedule_rule_doctor_idx on weekly_schedule_rule (doctor_id);

-- leave, holidays: no bookable slot inside
create table schedule_exception (
    doctor_id  bigint      not null references doctor (id),
    starts_at  timestamptz not null,
    ends_at    timestamptz not null,
    reason     text        not null,
    check (starts_at < ends_at)
);
create index schedule_exception_doctor_idx on schedule_exception (doctor_id, starts_at);

create table slot (
    id         bigint generated always as identity primary key,
    public_id  uuid        not null unique,
    doctor_id  bigint      not null references doctor (id),
    starts_at  timestamptz not null,
    ends_at    timestamptz not null,
    blocked    boolean     not null default false,
    check (starts_at < ends_at),
    -- one slot per doctor and start: re-deriving a schedule never duplicates
    constraint slot_doctor_start unique (doctor_id, starts_at)
);

create table booking (
    id                bigint generated always as identity primary key,
    public_id         uuid        not null unique,
    doctor_id         bigint      not null references doctor (id),
    slot_id           bigint      not null references slot (id),
    patient_id        uuid        not null,
    patient_account   text        not null,
    booked_by         text        not null,
    starts_at         timestamptz not null,
    ends_at           timestamptz not null,
    status            text        not null,
    cancel_reason     text,
    cancelled_by      text,
    meeting_link      text,
    actual_start      timestamptz,
    actual_end        timestamptz,
    subjective        text,
    objective         text,
    assessment        text,
    plan              text,
    created_at        timestamptz not null,
    created_by        text        not null,
    updated_at        timestamptz not null,
    updated_by        text        not null,
    version           bigint      not null
);
-- The database, not the code, guarantees that a slot is held by at most one live booking:
-- concurrent requests for one slot get exactly one success and a unique violation (-> 409).
create unique index booking_one_per_slot on booking (slot_id) where status <> 'CANCELLED';
create index booking_patient_idx on booking (patient_id, starts_at desc);
create index booking_doctor_idx on booking (doctor_id, starts_at);
-- the care relationship asks: has this doctor a live booking with this patient?
create index booking_care_idx on booking (patient_id, doctor_id) where status <> 'CANCELLED';

create table booking_diagnosis (
    booking_id  bigint not null references booking (id),
    position    integer not null,
    code_system text   not null,
    code        text   not null,
    display     text   not null,
    primary key (booking_id, position)
);

-- Idempotency-Key of booking requests: the same key from the same caller returns the same booking.
create table booking_request_key (
    caller_subject  text        not null,
    idempotency_key text        not null,
    request_hash    text        not null,
    booking_id      uuid        not null,
    created_at      timestamptz not null,
    primary key (caller_subject, idempotency_key)
);

-- The doctor's calendar, maintained by the calendar consumer from booking events only.
create table calendar_entry (
    booking_id      uuid        primary key,
    doctor_subject  text        not null,
    patient_id      uuid        not null,
    starts_at       timestamptz not null,
    facility_zone   text        not null,
    status          text        not null,
    last_event_at   timestamptz not null,
    updated_at      timestamptz not null
);
create index calendar_entry_doctor_idx on calendar_entry (doctor_subject, starts_at);

grant select, insert, update, delete on doctor, weekly_schedule_rule, schedule_exception, slot, booking,
    booking_diagnosis, booking_request_key, calendar_entry to ${appRole};
