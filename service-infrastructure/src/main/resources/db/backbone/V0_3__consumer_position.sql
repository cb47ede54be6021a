-- The newest event each consumer has applied, written in the transaction that applied it: a read model can say
-- how current it is ("seat allocations as of the event of 10:02:31").
create table consumer_position (
    consumer   text        primary key,
    event_id   text        not null,
    event_time timestamptz not null,
    applied_at timestamptz not null
);
