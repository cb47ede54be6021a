package org.evac.manifest.submission;

/** The format a revision was submitted in. */
public enum SourceFormat {
    JSON,
    CSV,
    PAXLST
}
