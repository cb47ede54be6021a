package org.evac.manifest.revision;

/** Why a revision's checks were evaluated. */
public enum EvaluationReason {
    /** The revision was submitted. */
    SUBMITTED,
    /** departure-coordination assigned or released seats on the flight. */
    SEATS_CHANGED,
    /** The registry changed a person or document that a line matches or could match. */
    REGISTRY_CHANGED,
    /** The flight's schedule or capacity changed. */
    FLIGHT_CHANGED
}
