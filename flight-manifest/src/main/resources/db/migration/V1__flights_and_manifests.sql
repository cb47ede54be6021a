-- Charter operators, their flights, manifest revisions (never overwritten), passenger lines and boarding records.
create table operator (
    code            varchar(8)   primary key,
    iata_designator varchar(2),
    icao_designator varchar(3),
    name            varchar(200) not null,
    contact_name    varchar(200),
    contact_email   varchar(320),
    contact_phone   varchar(40),
    version         bigint       not null default 0,
    constraint operator_designator check (iata_designator is not null or icao_designator is not null)
);

create table flight (
    id                  uuid         primary key,
    operator_code       varchar(8)   not null references operator (code),
    flight_number       varchar(8)   not null,
    origin_iata         varchar(3)      not null,
    origin_icao         varchar(4)      not null,
    destination_iata    varchar(3)      not null,
    destination_icao    varchar(4)      not null,
    scheduled_departure timestamptz  not null,
    scheduled_arrival   timestamptz  not null,
    actual_departure    timestamptz,
    actual_arrival      timestamptz,
    aircraft_type       varchar(8),
    seat_capacity       integer      not null check (seat_capacity > 0),
    reserved_seats      integer      not null check (reserved_seats >= 0),
    status              varchar(16)  not null,
    current_revision    integer      not null default 0,
    version             bigint       not null default 0,
    constraint flight_reserved_within_capacity check (reserved_seats <= seat_capacity),
    constraint flight_number_once_per_departure unique (operator_code, flight_number, scheduled_departure)
);
create index flight_by_operator on flight (operator_code, scheduled_departure);
create index flight_by_departure on flight (scheduled_departure, id);

create table manifest_revision (
    id                    uuid        primary key,
    flight_id             uuid        not null references flight (id),
    revision              integer     not null,
    submitted_at          timestamptz not null,
    submitted_by          varchar(200) not null,
    source_format         varchar(16) not null,
    late                  boolean     not null,
    over_capacity         boolean     not null,
    passenger_count       integer     not null,
    totals                text        not null,
    missing_allocated     text        not null,
    constraint manifest_revision_number unique (flight_id, revision)
);

create table passenger_line (
    id                       uuid         primary key,
    revision_id              uuid         not null references manifest_revision (id),
    line_number              integer      not null,
    family_name              varchar(100) not null,
    given_names              varchar(200),
    native_family_name       varchar(100),
    native_given_names       varchar(200),
    birth_date               varchar(10)  not null,
    sex                      varchar(1)   not null,
    nationality              varchar(3)      not null,
    document_type            varchar(3)   not null,
    document_number          varchar(35)  not null,
    document_issuing_country varchar(3)      not null,
    document_expiry          date,
    seat                     varchar(8),
    booking_reference        varchar(35),
    person_id                uuid,
    document_fingerprint     varchar(64)     not null,
    findings                 varchar(200) not null,
    constraint passenger_line_number unique (revision_id, line_number)
);
create index passenger_line_by_document on passenger_line (document_fingerprint);

-- One boarding record per passenger document and flight: BOARDED or NO_SHOW, then DEPARTED and ARRIVED.
create table boarding (
    id                   uuid        primary key,
    flight_id            uuid        not null references flight (id),
    document_fingerprint varchar(64)    not null,
    line_number          integer     not null,
    revision             integer     not null,
    person_id            uuid,
    status               varchar(16) not null,
    recorded_at          timestamptz not null,
    recorded_by          varchar(200) not null,
    constraint boarding_once_per_flight unique (flight_id, document_fingerprint)
);

-- Read models built only from other services' events.
create table registered_person (
    person_id       uuid        primary key,
    family_name_fp  varchar(64)    not null,
    birth_date_fp   varchar(64)    not null,
    status          varchar(16) not null,
    version         bigint      not null
);

create table registered_document (
    fingerprint varchar(64) primary key,
    person_id   uuid     not null references registered_person (person_id) on delete cascade
);
create index registered_document_by_person on registered_document (person_id);

create table seat_allocation (
    person_id    uuid not null,
    flight_id    uuid not null,
    household_id uuid,
    primary key (person_id, flight_id)
);
create index seat_allocation_by_flight on seat_allocation (flight_id);
