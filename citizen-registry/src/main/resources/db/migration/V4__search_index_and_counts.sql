-- Name search without a sequential scan: LIKE '% TOKEN %' on name_key and ILIKE on native_name use trigram indexes
-- (pg_trgm is a trusted extension: the database owner may create it).
create extension if not exists pg_trgm;
create index person_name_key_trgm on person using gin (name_key gin_trgm_ops) where merged_into is null;
create index person_native_name_trgm on person using gin (native_name gin_trgm_ops) where merged_into is null;

-- The statistics, kept current in the transaction of every change instead of counted over the registry on each
-- read. Each count is spread over 16 stripes (by transaction id) so that concurrent registrations rarely wait for
-- each other's counter rows; a read sums the stripes. Only live persons (merged_into is null) count.
--   dimension 'total' (value ''), 'category', 'verification', 'departure_wish', 'province' ('UNKNOWN' for null),
--   'status', 'quality_flag'; 'reached_minute': ACTIVE live persons by the minute of last_reached_at ('never').
create table registry_count (
    dimension text     not null,
    value     text     collate "C" not null,
    stripe    smallint not null,
    n         bigint   not null,
    primary key (dimension, value, stripe)
);

create function registry_count_rows(p person) returns table (dimension text, value text)
language sql stable as $$
    select * from (values
        ('total', ''),
        ('category', p.category),
        ('verification', p.verification),
        ('departure_wish', p.departure_wish),
        ('province', coalesce(p.province, 'UNKNOWN')),
        ('status', p.status)) d(dimension, value)
    where p.merged_into is null
    union all
    select 'reached_minute', coalesce(to_char(p.last_reached_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI'), 'never')
    where p.merged_into is null and p.status = 'ACTIVE'
$$;

-- Each trigger adds one statement's deltas to the transaction's stripe, in (dimension, value) order so that two
-- transactions on one stripe lock counter rows in the same order; a delta of 0 (a dimension an update left
-- unchanged) touches no row.
create function registry_count_person_inserted() returns trigger language plpgsql as $$
begin
    insert into registry_count (dimension, value, stripe, n)
    select r.dimension, r.value, (txid_current() % 16)::smallint, count(*)
    from new_rows p, registry_count_rows(p) r
    group by 1, 2 order by 1, 2
    on conflict (dimension, value, stripe) do update set n = registry_count.n + excluded.n;
    return null;
end $$;

create function registry_count_person_updated() returns trigger language plpgsql as $$
begin
    insert into registry_count (dimension, value, stripe, n)
    select c.dimension, c.value, (txid_current() % 16)::smallint, sum(c.n)
    from (
        select r.dimension, r.value, 1 as n from new_rows p, registry_count_rows(p) r
        union all
        select r.dimension, r.value, -1 from old_rows p, registry_count_rows(p) r
        union all
        -- a merge takes the merged person's quality flags out of the counts
        select 'quality_flag', q.flag, case when n.merged_into is null then 1 else -1 end
        from old_rows o join new_rows n on n.id = o.id join person_quality_flag q on q.person_id = n.id
        where (o.merged_into is null) <> (n.merged_into is null)
    ) c
    group by 1, 2 having sum(c.n) <> 0 order by 1, 2
    on conflict (dimension, value, stripe) do update set n = registry_count.n + excluded.n;
    return null;
end $$;

create function registry_count_person_deleted() returns trigger language plpgsql as $$
begin
    insert into registry_count (dimension, value, stripe, n)
    select r.dimension, r.value, (txid_current() % 16)::smallint, -count(*)
    from old_rows p, registry_count_rows(p) r
    group by 1, 2 order by 1, 2
    on conflict (dimension, value, stripe) do update set n = registry_count.n + excluded.n;
    return null;
end $$;

create function registry_count_flags_inserted() returns trigger language plpgsql as $$
begin
    insert into registry_count (dimension, value, stripe, n)
    select 'quality_flag', q.flag, (txid_current() % 16)::smallint, count(*)
    from new_rows q join person p on p.id = q.person_id where p.merged_into is null
    group by 2 order by 2
    on conflict (dimension, value, stripe) do update set n = registry_count.n + excluded.n;
    return null;
end $$;

create function registry_count_flags_deleted() returns trigger language plpgsql as $$
begin
    insert into registry_count (dimension, value, stripe, n)
    select 'quality_flag', q.flag, (txid_current() % 16)::smallint, -count(*)
    from old_rows q join person p on p.id = q.person_id where p.merged_into is null
    group by 2 order by 2
    on conflict (dimension, value, stripe) do update set n = registry_count.n + excluded.n;
    return null;
end $$;

create trigger registry_count_person_inserted after insert on person
    referencing new table as new_rows for each statement execute function registry_count_person_inserted();
create trigger registry_count_person_updated after update on person
    referencing old table as old_rows new table as new_rows
    for each statement execute function registry_count_person_updated();
create trigger registry_count_person_deleted after delete on person
    referencing old table as old_rows for each statement execute function registry_count_person_deleted();
create trigger registry_count_flags_inserted after insert on person_quality_flag
    referencing new table as new_rows for each statement execute function registry_count_flags_inserted();
create trigger registry_count_flags_deleted after delete on person_quality_flag
    referencing old table as old_rows for each statement execute function registry_count_flags_deleted();

-- The counts of the registry as it is (also the exact rebuild: truncate registry_count, then run this insert).
insert into registry_count (dimension, value, stripe, n)
select r.dimension, r.value, 0, count(*) from person p, registry_count_rows(p) r group by 1, 2
union all
select 'quality_flag', q.flag, 0, count(*)
from person_quality_flag q join person p on p.id = q.person_id where p.merged_into is null group by 2;
