-- What the validation gate (PersonGate) checks of a qualifying relative that a row can carry by itself.
-- NOT VALID: enforced on every row written from now on; rows imported before the gate covered
-- imports are left for a coordinator to correct, not rejected by the migration.
alter table person
    add constraint person_qualifying_person_fkey
        foreign key (qualifying_person_id) references person (id) not valid;
alter table person
    add constraint person_immediate_relative_qualifies
        check (category <> 'IMMEDIATE_RELATIVE'
               or qualifying_person_id is not null
               or qualifying_name is not null) not valid;
