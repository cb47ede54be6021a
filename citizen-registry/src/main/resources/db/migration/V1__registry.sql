-- Persons eligible to leave (and the family members kept so that a household is seen whole).
create sequence person_registry_number_seq;

create table household (
    id             uuid primary key,
    head_person_id uuid        not null,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    version        integer     not null
);

create table person (
    id                        uuid primary key,
    registry_number           text        not null unique,
    family_name               text        not null,
    given_names               text        not null,
    native_name               text,
    -- Folded name tokens between spaces (' M*H*M*D K*R*M* '), for transliteration-tolerant search.
    name_key                  text        not null,
    birth_date                text,
    birth_date_evidence       text,
    sex                       text        not null,
    category                  text        not null,
    qualifying_person_id      uuid,
    qualifying_name           text,
    qualifying_relationship   text,
    verification              text        not null,
    verified_by               text,
    verified_at               timestamptz,
    verification_reason       text,
    verification_evidence_id  uuid,
    departure_wish            text        not null,
    status                    text        not null,
    status_reason             text,
    province                  text,
    district                  text,
    location_confirmed_at     timestamptz,
    preferred_language        text,
    best_time_to_call         text,
    household_id              uuid references household (id),
    household_relationship    text,
    last_reached_at           timestamptz,
    merged_into               uuid references person (id),
    created_at                timestamptz not null,
    updated_at                timestamptz not null,
    version                   integer     not null
);
create index person_province on person (province);
create index person_household on person (household_id);
create index person_family_name on person (lower(family_name), registry_number);
create index person_last_reached on person (last_reached_at) where status = 'ACTIVE';

-- Blocking keys of duplicate detection: every folded name token, alone and with the birth year (or '?').
create table person_match_key (
    key       text collate "C" not null,
    person_id uuid not null references person (id),
    primary key (key, person_id)
);
create index person_match_key_person on person_match_key (person_id);

create table person_quality_flag (
    person_id uuid not null references person (id),
    flag      text not null,
    primary key (person_id, flag)
);
create index person_quality_flag_flag on person_quality_flag (flag);

create table person_vulnerability (
    person_id uuid not null references person (id),
    kind      text not null,
    note      text,
    primary key (person_id, kind)
);

create table person_document (
    id              uuid primary key,
    person_id       uuid not null references person (id),
    type            text not null,
    issuing_country text not null,
    number          text not null,
    number_key      text not null,
    expires_on      date,
    mrz             text,
    created_at      timestamptz not null,
    unique (type, issuing_country, number_key)
);
create index person_document_person on person_document (person_id);
create index person_document_number on person_document (number_key);

create table person_contact (
    id         uuid primary key,
    person_id  uuid not null references person (id),
    kind       text not null,
    value      text not null,
    created_at timestamptz not null
);
create index person_contact_person on person_contact (person_id);

create table person_source (
    id          uuid primary key,
    person_id   uuid not null references person (id),
    source      text not null,
    reference   text,
    received_on date,
    import_id   uuid,
    row_number  integer,
    created_at  timestamptz not null
);
create index person_source_person on person_source (person_id);
create index person_source_source on person_source (source);

create table contact_attempt (
    id           uuid primary key,
    person_id    uuid        not null references person (id),
    channel      text        not null,
    outcome      text        not null,
    note         text,
    attempted_by text        not null,
    attempted_at timestamptz not null,
    recorded_at  timestamptz not null
);
create index contact_attempt_person on contact_attempt (person_id, attempted_at desc);

create table audit_entry (
    id           bigserial primary key,
    at           timestamptz not null,
    actor        text        not null,
    action       text        not null,
    subject_type text        not null,
    subject_id   text        not null,
    before_state text,
    after_state  text
);
create index audit_entry_subject on audit_entry (subject_id, id);
create index audit_entry_actor on audit_entry (actor, id);

create table import_job (
    id          uuid primary key,
    file_hash   text        not null unique,
    format      text        not null,
    file_name   text,
    source      text        not null,
    started_by  text        not null,
    started_at  timestamptz not null,
    finished_at timestamptz,
    total_rows  integer     not null default 0,
    created     integer     not null default 0,
    duplicates  integer     not null default 0,
    flagged     integer     not null default 0,
    invalid     integer     not null default 0
);

create table import_row (
    import_id    uuid    not null references import_job (id),
    row_number   integer not null,
    outcome      text    not null,
    person_id    uuid,
    duplicate_of uuid,
    message      text,
    primary key (import_id, row_number)
);
