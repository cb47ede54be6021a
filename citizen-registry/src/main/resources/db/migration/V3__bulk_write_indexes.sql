-- Every index is one more insert per imported row, so none may be redundant.

-- The number leads the document's uniqueness index, which then also serves the look-up by number
-- alone (the duplicate probe of registrations and imports); the separate number index goes.
alter table person_document drop constraint person_document_type_issuing_country_number_key_key;
alter table person_document
    add constraint person_document_unique_number unique (number_key, type, issuing_country);
drop index person_document_number;

-- Most persons belong to no household; look-ups are always by a household id.
drop index person_household;
create index person_household on person (household_id) where household_id is not null;
