create table ledger_entry (
    id       uuid primary key,
    account  text   not null,
    sequence bigint not null
);

create table projected_entry (
    event_id text primary key,
    account  text   not null,
    sequence bigint not null
);
