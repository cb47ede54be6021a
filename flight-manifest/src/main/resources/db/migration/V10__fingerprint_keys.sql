-- The key and family-name scheme of each registered person's fingerprints (IdentityFingerprints); null for
-- snapshots published before fingerprints carried them: key k1, scheme 1.
alter table registered_person add column fingerprint_key text;
alter table registered_person add column fingerprint_scheme integer;

-- The fingerprint keys this service's own document fingerprints (passenger lines, boarding) were last made
-- with; when the configured keys change, they are made again from the lines' documents at start-up.
create table fingerprint_keys_state (
    keys     text        not null,
    rekeyed_at timestamptz not null
);
