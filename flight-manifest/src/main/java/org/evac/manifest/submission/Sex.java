package org.evac.manifest.submission;

/** Sex as printed in the travel document (ICAO 9303): F, M, or X for unspecified. */
public enum Sex {
    F,
    M,
    X
}
