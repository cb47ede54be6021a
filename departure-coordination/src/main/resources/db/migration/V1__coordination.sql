-- Read models: written only by the event consumers in readmodel/, emptied and rebuilt by a replay.
create table person_view (
    person_id       uuid primary key,
    registry_number text,
    household_id    uuid,
    category        text        not null,
    verification    text        not null,
    departure_wish  text,
    province        text,
    vulnerabilities text        not null,
    status          text        not null,
    last_reached_at timestamptz,
    merged_into     uuid,
    registered_at   timestamptz not null,
    version         bigint      not null
);
create index person_view_household on person_view (household_id);

-- Kept apart from person_view so that a merge applies whatever order the merge and the person's events arrive in.
create table person_merge_view (
    merged_id   uuid primary key,
    survivor_id uuid not null
);

create table household_view (
    household_id   uuid primary key,
    head_person_id uuid,
    version        bigint not null
);

create table contact_attempt_view (
    attempt_id   uuid primary key,
    person_id    uuid        not null,
    channel      text,
    outcome      text        not null,
    attempted_at timestamptz not null
);
create index contact_attempt_view_person on contact_attempt_view (person_id) where outcome = 'REACHED';

create table flight_view (
    flight_id           uuid primary key,
    operator_code       text        not null,
    flight_number       text        not null,
    origin              text        not null,
    destination         text        not null,
    scheduled_departure timestamptz not null,
    scheduled_arrival   timestamptz,
    seat_capacity       integer     not null,
    reserved_seats      integer     not null,
    status              text        not null,
    manifest_revision   integer,
    departed_at         timestamptz,
    arrived_at          timestamptz
);
create index flight_view_departure on flight_view (scheduled_departure);

create table manifest_passenger_view (
    flight_id  uuid    not null,
    person_id  uuid    not null,
    manifested boolean not null,
    boarded    boolean not null,
    no_show    boolean not null,
    primary key (flight_id, person_id)
);

-- Owned state of this service: offers, journeys, split permissions, campaigns.
create table offer (
    offer_id       uuid primary key,
    household_id   uuid,
    channel        text        not null,
    respond_by     timestamptz not null,
    hold_flight_id uuid,
    status         text        not null,
    decline_reason text,
    note           text,
    campaign_id    uuid,
    created_at     timestamptz not null,
    created_by     text        not null,
    decided_at     timestamptz,
    decided_by     text,
    version        bigint      not null
);
create index offer_open_by_deadline on offer (respond_by) where status = 'OFFERED';
create index offer_open_hold on offer (hold_flight_id) where status = 'OFFERED' and hold_flight_id is not null;
create index offer_household on offer (household_id);

create table offer_person (
    offer_id       uuid    not null references offer,
    person_id      uuid    not null,
    staying_behind boolean not null,
    primary key (offer_id, person_id)
);
create index offer_person_person on offer_person (person_id);

create table journey (
    person_id     uuid primary key,
    state         text        not null,
    flight_id     uuid,
    accepted_at   timestamptz,
    onward_flight text,
    updated_at    timestamptz not null,
    version       bigint      not null
);
create index journey_state on journey (state);
create index journey_flight on journey (flight_id) where flight_id is not null;

create table journey_transition (
    id           bigserial primary key,
    person_id    uuid        not null,
    from_state   text        not null,
    to_state     text        not null,
    flight_id    uuid,
    at           timestamptz not null,
    actor        text        not null,
    reason       text,
    source_event text
);
create index journey_transition_person on journey_transition (person_id, id);
create index journey_transition_to_state on journey_transition (to_state, at);

create table split_permission (
    household_id uuid primary key,
    allowed_by   text        not null,
    allowed_at   timestamptz not null,
    reason       text        not null
);

create table campaign (
    campaign_id      uuid primary key,
    province         text,
    category         text,
    channel          text        not null,
    respond_by       timestamptz not null,
    offers_made      integer     not null,
    household_offers integer     not null,
    individual_offers integer    not null,
    persons_offered  integer     not null,
    already_open     integer     not null,
    created_at       timestamptz not null,
    created_by       text        not null
);
