-- Transactional outbox: an event is written in the same database transaction as the business change
-- that caused it, and a relay moves it to the broker afterwards. A booking or a registration therefore
-- succeeds while the broker is down, and no event is lost or sent for a rolled-back change.
create table outbox_event (
    id          bigint generated always as identity primary key,
    queue       text        not null,
    event_id    uuid        not null,
    event_type  text        not null,
    payload     text        not null,
    request_id  text,
    created_at  timestamptz not null default now(),
    unique (queue, event_id)
);

grant select, insert, update, delete on outbox_event to ${appRole};
