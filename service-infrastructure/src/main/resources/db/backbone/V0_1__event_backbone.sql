-- Transactional outbox and idempotent inbox of the event backbone (shared by every service schema).
create table outbox_event (
    position     bigserial primary key,
    event_id     uuid        not null unique,
    topic        text        not null,
    aggregate_id text        not null,
    event_type   text        not null,
    occurred_at  timestamptz not null,
    payload      text        not null,
    published_at timestamptz
);
create index outbox_event_pending on outbox_event (position) where published_at is null;
create index outbox_event_published on outbox_event (published_at) where published_at is not null;

create table inbox_event (
    consumer     text        not null,
    event_id     text        not null,
    event_type   text        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
