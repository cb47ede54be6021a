package org.evac.manifest.revision;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.evac.manifest.revision.ManifestDiff.ChangedPassenger;
import org.evac.manifest.revision.ManifestDiff.FieldChange;
import org.evac.manifest.submission.Passenger;

/**
 * Compares two revisions passenger by passenger, keyed by the document as written (type, issuing
 * country, number without spaces or dashes): two revisions on either side of a fingerprint key
 * rotation hold their documents' fingerprints under different keys.
 */
final class ManifestDiffer {

    private static final RecordComponent[] FIELDS = Passenger.class.getRecordComponents();

    private ManifestDiffer() {}

    static ManifestDiff diff(ManifestRevision from, ManifestRevision to) {
        Map<String, PassengerLine> before = byDocument(from);
        Map<String, PassengerLine> after = byDocument(to);
        List<PassengerView> added = new ArrayList<>();
        List<ChangedPassenger> changed = new ArrayList<>();
        after.forEach(
                (document, line) -> {
                    PassengerLine old = before.get(document);
                    if (old == null) {
                        added.add(PassengerView.of(line));
                    } else {
                        List<FieldChange> changes = changes(old.passenger(), line.passenger());
                        if (!changes.isEmpty()) {
                            changed.add(
                                    new ChangedPassenger(
                                            old.lineNumber,
                                            line.lineNumber,
                                            line.documentType,
                                            line.documentNumber,
                                            line.documentIssuingCountry,
                                            changes));
                        }
                    }
                });
        List<PassengerView> removed =
                before.entrySet().stream()
                        .filter(e -> !after.containsKey(e.getKey()))
                        .map(e -> PassengerView.of(e.getValue()))
                        .toList();
        return new ManifestDiff(from.revision, to.revision, added, removed, changed);
    }

    private static Map<String, PassengerLine> byDocument(ManifestRevision revision) {
        Map<String, PassengerLine> lines = new LinkedHashMap<>();
        revision.lines.forEach(
                line ->
                        lines.putIfAbsent(
                                String.join(
                                        "|",
                                        line.documentType,
                                        line.documentIssuingCountry,
                                        line.documentNumber
                                                .toUpperCase(java.util.Locale.ROOT)
                                                .replace(" ", "")
                                                .replace("-", "")),
                                line));
        return lines;
    }

    private static List<FieldChange> changes(Passenger before, Passenger after) {
        List<FieldChange> changes = new ArrayList<>();
        for (RecordComponent field : FIELDS) {
            Object a = value(field, before);
            Object b = value(field, after);
            if (!Objects.equals(a, b)) {
                changes.add(
                        new FieldChange(
                                field.getName(),
                                Objects.toString(a, null),
                                Objects.toString(b, null)));
            }
        }
        return changes;
    }

    private static Object value(RecordComponent field, Passenger passenger) {
        try {
            return field.getAccessor().invoke(passenger);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
