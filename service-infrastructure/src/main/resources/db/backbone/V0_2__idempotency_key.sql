-- Responses of requests sent with an Idempotency-Key, written in the transaction of their effect.
create table idempotency_key (
    caller           text        not null,
    operation        text        not null,
    idempotency_key  text        not null,
    request_hash     bytea       not null,
    status           integer     not null,
    response_headers text        not null,
    response_body    bytea       not null,
    created_at       timestamptz not null,
    primary key (caller, operation, idempotency_key)
);
create index idempotency_key_created on idempotency_key (created_at);
