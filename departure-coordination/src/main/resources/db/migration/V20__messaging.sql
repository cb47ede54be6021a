-- Messages to the persons: coordination asks the registry to write them (it holds no phones or emails).
-- A reply code per offer, quoted in the messages and typed back by the person; unique among the codes handed out
-- by the sequence (900,000 before one repeats).
alter table offer add column reply_code text;
create sequence offer_reply_code_seq;

-- Offers whose reminder was asked for, so that each gets one.
create table offer_reminder (
    offer_id     uuid primary key references offer,
    requested_at timestamptz not null
);

-- The departure and status of each flight as last told to its passengers, to notice delays.
create table flight_notice (
    flight_id           uuid primary key,
    scheduled_departure timestamptz not null,
    status              text        not null
);
