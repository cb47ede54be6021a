-- The review queue of duplicate detection: pairs scored possible (or likely, and registered anyway), found at a
-- registration, by an import or by the sweep over the registry. A pair is stored once, lower id first; its decision
-- is kept, so a pair decided DIFFERENT never comes back.
create table duplicate_review (
    id              uuid        primary key,
    person_low      uuid        not null references person (id),
    person_high     uuid        not null references person (id),
    weight          double precision not null,
    score           double precision not null,
    band            text        not null,
    factors         text        not null,
    found_by        text        not null,
    status          text        not null,
    decided_by      text,
    decided_at      timestamptz,
    decision_reason text,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    version         integer     not null,
    constraint duplicate_review_pair unique (person_low, person_high),
    constraint duplicate_review_ordered check (person_low < person_high),
    constraint duplicate_review_status check (status in ('OPEN', 'SAME', 'DIFFERENT')),
    constraint duplicate_review_decided check ((status = 'OPEN') = (decided_at is null))
);
-- The queue as coordinators read it (open pairs, strongest first), and the pairs of one person.
create index duplicate_review_queue on duplicate_review (status, weight desc, id);
create index duplicate_review_high on duplicate_review (person_high);

-- How far the periodic sweep has come: persons changed after (swept_to, last_id) are checked next. A new
-- scheme of keys or scoring starts it over.
create table duplicate_sweep (
    scheme   text        not null,
    swept_to timestamptz not null,
    last_id  uuid        not null
);
-- The sweep reads persons in (updated_at, id) order from its position; persons are written with a rising
-- updated_at, so the index grows at its right edge.
create index person_updated on person (updated_at, id) where merged_into is null;
