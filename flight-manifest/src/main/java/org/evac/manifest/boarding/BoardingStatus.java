package org.evac.manifest.boarding;

/**
 * A manifested passenger at the gate and after: BOARDED or NO_SHOW, then DEPARTED and ARRIVED with
 * the flight.
 */
public enum BoardingStatus {
    BOARDED,
    NO_SHOW,
    DEPARTED,
    ARRIVED
}
