package org.evac.registry.importing;

import org.evac.registry.person.PersonRequest;

/** A row read from the upload: a person request, or why the row could not be read. */
record ImportRow(int number, PersonRequest request, String readError, String sourceReference) {

    static ImportRow read(int number, PersonRequest request, String sourceReference) {
        return new ImportRow(number, request, null, sourceReference);
    }

    static ImportRow unreadable(int number, String error) {
        return new ImportRow(number, null, error, null);
    }
}
