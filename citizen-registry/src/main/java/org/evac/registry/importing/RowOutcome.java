package org.evac.registry.importing;

/** What became of one row of an import. */
public enum RowOutcome {
    /** A new person, without data-quality flags. */
    CREATED,
    /** A new person, with the data-quality flags named in the message. */
    FLAGGED,
    /** The row's document is registered already: the row's source was added to that person. */
    DUPLICATE,
    /**
     * A new person who may be one registered already (or earlier in the file): created, and the
     * pair queued for review; {@code duplicateOf} names the strongest candidate.
     */
    POSSIBLE_DUPLICATE,
    /** Probably a person registered already (or earlier in the file); not created, review it. */
    LIKELY_DUPLICATE,
    /** Rejected by validation or the hard data-quality gates; the message says why. */
    INVALID
}
