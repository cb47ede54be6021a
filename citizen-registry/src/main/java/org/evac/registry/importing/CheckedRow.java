package org.evac.registry.importing;

import java.util.List;
import java.util.UUID;
import org.evac.registry.document.PersonDocument;
import org.evac.registry.duplicate.DuplicateScorer;
import org.evac.registry.duplicate.Identity;
import org.evac.registry.person.Person;

/**
 * Where an import row stands after checking: a person to create (with its documents), or why not.
 */
record CheckedRow(
        ImportRow row,
        RowOutcome outcome,
        Person person,
        Identity identity,
        List<PersonDocument> documents,
        UUID duplicateOf,
        String message,
        List<Review> reviews) {

    /** A pair of the created person and a possible duplicate, for the review queue. */
    record Review(UUID otherId, DuplicateScorer.Match match) {}

    static CheckedRow notCreated(
            ImportRow row, RowOutcome outcome, UUID duplicateOf, String message) {
        return new CheckedRow(row, outcome, null, null, List.of(), duplicateOf, message, List.of());
    }
}
