-- Messages the registry sends to persons (SMS over SMPP, email over SMTP): the send queue itself (a message row
-- is written in the transaction that asks for it and sent by the dispatchers), its segments and receipts, the
-- replies received, and each person's messaging preference and opt-outs.
create table message (
    id              uuid primary key,       -- our message id: the SMPP client reference, the email Message-ID
    request_id      uuid        not null,   -- what asked for it: coordination's request, an inbound message, a coordinator
    kind            text        not null,
    person_id       uuid        not null,
    household_id    uuid,
    offer_id        uuid,
    channel         text        not null,
    address         text,                   -- E.164 phone or email; null when the person has none that works
    language        text        not null,
    facts           text        not null,   -- the facts the text was rendered from (JSON), for a fallback channel
    subject         text,                   -- subject and bodies are removed after evac.messaging.text-retention
    body_text       text,
    body_html       text,
    reply_code      text,
    status          text        not null,
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    lease_until     timestamptz,
    not_after       timestamptz,            -- not worth sending after this (the offer's deadline, the flight)
    error           text,
    fallback_of     uuid references message (id),
    in_reply_to     uuid,                   -- the inbound message this answers
    created_at      timestamptz not null,
    submitted_at    timestamptz,
    finished_at     timestamptz,
    text_removed_at timestamptz
);
create unique index message_request_recipient on message (request_id, person_id, channel);
create index message_due on message (channel, next_attempt_at) where status in ('QUEUED', 'SUBMITTING');
create index message_person on message (person_id, created_at desc);
create index message_sms_address on message (address, created_at desc) where channel = 'SMS';
create index message_text_kept on message (created_at) where text_removed_at is null;

-- One row per submit_sm of an SMS (a concatenated text has several), with the gateway's message id.
create table message_segment (
    message_id uuid    not null references message (id),
    seq        integer not null,
    gateway_id text    not null unique,
    status     text    not null,
    primary key (message_id, seq)
);

-- Delivery receipts as they arrive; a receipt may arrive before its segment is written.
create table delivery_receipt (
    gateway_id  text primary key,
    state       text        not null,
    received_at timestamptz not null
);

create table inbound_message (
    id              uuid primary key,
    channel         text        not null,
    from_address    text        not null,
    text            text,                   -- removed after the retention, once no longer open
    received_at     timestamptz not null,
    person_id       uuid,
    offer_id        uuid,
    in_reply_to     uuid,                   -- the outbound message it answers
    intent          text        not null,
    status          text        not null,   -- FORWARDED, HANDLED, OPEN (in the inbox), RESOLVED
    note            text,
    resolved_by     text,
    resolution      text,
    resolved_at     timestamptz,
    text_removed_at timestamptz
);
create index inbound_message_status on inbound_message (status, received_at desc);
create index inbound_message_text_kept on inbound_message (received_at) where text_removed_at is null;

-- Where the answer to an offer stands, whichever member of the household was written to.
create table offer_conversation (
    offer_id        uuid primary key,
    respond_by      timestamptz not null,
    state           text        not null,
    decline_message uuid,
    decline_person  uuid,
    reason_deadline timestamptz,
    updated_at      timestamptz not null
);
create index offer_conversation_reason_due on offer_conversation (reason_deadline) where state = 'AWAITING_REASON';

create table messaging_opt_out (
    channel      text        not null,
    address      text        not null,
    opted_out_at timestamptz not null,
    primary key (channel, address)
);

create table messaging_preference (
    person_id  uuid primary key references person (id),
    channel    text        not null,
    updated_at timestamptz not null,
    updated_by text        not null
);
