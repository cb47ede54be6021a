-- Which blocking-key scheme person_match_key holds (Identity.KEY_SCHEME). When the code's scheme
-- differs, the keys are rebuilt at start-up; no row means they never were.
create table match_key_scheme (
    scheme     text        not null,
    built_at   timestamptz not null
);

-- The keys are derived data, rebuilt from person rows, and only ever read joined to person: a
-- dangling key finds nobody. Without the foreign key, a bulk import skips one row lock per key.
alter table person_match_key drop constraint person_match_key_person_id_fkey;
