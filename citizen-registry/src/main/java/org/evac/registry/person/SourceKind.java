package org.evac.registry.person;

/** Where a record came from; a person keeps every source that mentioned them. */
public enum SourceKind {
    STEP_ENROLMENT,
    REPATRIATION_REQUEST_FORM,
    CALL_CENTRE,
    CONGRESSIONAL_LIST,
    PARTNER_NGO_LIST,
    WALK_IN,
    OTHER
}
