package org.evac.manifest.manifest;

/** The format a revision was submitted in. */
public enum SourceFormat {
    JSON,
    CSV,
    PAXLST
}
