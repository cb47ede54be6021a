-- A revision's lines are stored as submitted; its checks are evaluated again whenever a seat, registry or flight
-- change alters what they depend on. The revision and its lines hold the latest evaluation; check_evaluation
-- keeps every evaluation, the first (at submission) included.
alter table manifest_revision
    add column evaluation        integer     not null default 1,
    add column evaluated_at      timestamptz,
    add column evaluation_reason varchar(16) not null default 'SUBMITTED';
update manifest_revision set evaluated_at = submitted_at;
alter table manifest_revision alter column evaluated_at set not null;

create table check_evaluation (
    id                uuid        primary key,
    revision_id       uuid        not null references manifest_revision (id),
    evaluation        integer     not null,
    evaluated_at      timestamptz not null,
    reason            varchar(16) not null,
    -- event time of the newest registry and seat event applied to the read models it was checked against
    registry_as_of    timestamptz,
    seats_as_of       timestamptz,
    late              boolean     not null,
    over_capacity     boolean     not null,
    totals            text        not null,
    missing_allocated text        not null,
    -- line findings in line order, ';'-separated (each as in passenger_line.findings)
    line_findings     text        not null,
    constraint check_evaluation_number unique (revision_id, evaluation)
);

insert into check_evaluation (id, revision_id, evaluation, evaluated_at, reason, late, over_capacity, totals,
                              missing_allocated, line_findings)
select gen_random_uuid(), r.id, 1, r.submitted_at, 'SUBMITTED', r.late, r.over_capacity, r.totals, r.missing_allocated,
       coalesce((select string_agg(l.findings, ';' order by l.line_number) from passenger_line l where l.revision_id = r.id), '')
from manifest_revision r;

alter table manifest_revision
    add column registry_as_of timestamptz,
    add column seats_as_of    timestamptz;

create index passenger_line_by_person on passenger_line (person_id) where person_id is not null;
