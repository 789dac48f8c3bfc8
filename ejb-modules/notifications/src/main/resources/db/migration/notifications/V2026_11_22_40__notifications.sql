-- Notifications context: people's channel preferences, the notifications made from booking events
-- and requests, one delivery row per (notification, channel), the templates, and the latest state
-- seen per booking (so out-of-order events cannot resurrect a cancelled booking's reminders).
-- Privileges for ${appRole} come from the kernel migration's default privileges.

create table notification_preference (
    account_subject text primary key,
    email           text,
    phone           text,
    push_token      text,
    language        text        not null default 'en',
    quiet_start     time,
    quiet_end       time,
    quiet_zone      text,
    -- "<event type>=<CHANNEL>|<CHANNEL>;..." with "*" for every other type
    channels        text        not null default '',
    updated_at      timestamptz not null
);

create table notification (
    id                bigint generated always as identity primary key,
    public_id         uuid        not null unique,
    -- the event or request id the notification was made from: with recipient and template it is unique,
    -- so a redelivered event never makes a second notification
    source_key        text        not null,
    recipient_subject text        not null,
    patient_id        uuid,
    template          text        not null,
    subject_ref       text        not null,
    correlation       text,
    send_at           timestamptz not null,
    urgent            boolean     not null,
    status            text        not null,
    -- the event's own identifiers and times (never names or results), for the booking fallback renderer
    context_json      text        not null default '{}',
    created_at        timestamptz not null,
    unique (source_key, recipient_subject, template)
);
create index notification_recipient_idx on notification (recipient_subject, created_at desc);
create index notification_correlation_idx on notification (correlation) where status = 'PENDING';

create table notification_delivery (
    id                bigint generated always as identity primary key,
    public_id         uuid        not null unique,
    notification_id   bigint      not null references notification (id),
    channel           text        not null,
    status            text        not null,
    attempts          integer     not null default 0,
    next_attempt_at   timestamptz not null,
    last_error        text,
    sent_at           timestamptz,
    delivered_at      timestamptz,
    updated_at        timestamptz not null,
    unique (notification_id, channel)
);
create index notification_delivery_due_idx on notification_delivery (next_attempt_at) where status = 'QUEUED';
create index notification_delivery_status_idx on notification_delivery (status, channel, updated_at desc);

create table notification_template (
    id         bigint generated always as identity primary key,
    event_type text        not null,
    language   text        not null,
    channel    text        not null,
    subject    text        not null,
    body       text        not null,
    updated_at timestamptz not null default now(),
    unique (event_type, language, channel)
);

create table booking_notification_state (
    booking_id       uuid primary key,
    last_occurred_at timestamptz not null,
    cancelled        boolean     not null
);
