create table copy_probe (
    id       uuid primary key,
    label    text,
    born     date,
    seen_at  timestamptz,
    count    integer,
    verified boolean,
    kind     text
);
