-- Which key and scheme each person's fingerprints were last published under (IdentityFingerprints); null for
-- persons published before fingerprints carried them (key k1, scheme 1). The republish job walks persons by id and
-- republishes those under another key or scheme than the current ones; no index, since it reads every person once.
alter table person add column fingerprint_key text;
alter table person add column fingerprint_scheme integer;
