package org.evac.registry.person;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.evac.registry.contact.ContactChannel;
import org.evac.registry.document.PersonDocument;
import org.evac.registry.person.PersonRequest.Location;
import org.evac.registry.person.PersonRequest.QualifyingRelative;
import org.evac.registry.person.PersonRequest.Vulnerability;
import org.evac.registry.person.PersonView.ContactView;
import org.evac.registry.person.PersonView.DocumentView;
import org.evac.registry.person.PersonView.HouseholdRef;
import org.evac.registry.person.PersonView.SourceView;
import org.evac.registry.person.PersonView.VerificationView;

/** Maps entities to the records that leave the service. */
public final class PersonViews {

    private static final int VISIBLE_DIGITS = 3;

    private PersonViews() {}

    public static PersonView view(
            Person p,
            List<PersonDocument> documents,
            List<ContactChannel> contacts,
            List<PersonSource> sources,
            boolean maskDocuments,
            LocalDate today) {
        return new PersonView(
                p.id,
                p.registryNumber,
                p.familyName,
                p.givenNames,
                p.nativeName,
                p.birthDate,
                p.birthDateEvidence,
                p.sex,
                p.category,
                qualifying(p),
                new VerificationView(
                        p.verification,
                        p.verifiedBy,
                        p.verifiedAt,
                        p.verificationReason,
                        p.verificationEvidenceId),
                p.departureWish,
                vulnerabilities(p),
                p.status,
                p.statusReason,
                location(p),
                p.preferredLanguage,
                p.bestTimeToCall,
                p.householdId == null
                        ? null
                        : new HouseholdRef(p.householdId, p.householdRelationship),
                p.lastReachedAt,
                java.util.Set.copyOf(p.qualityFlags),
                documents.stream().map(d -> document(d, maskDocuments, today)).toList(),
                contacts.stream().map(c -> new ContactView(c.id, c.kind, c.value)).toList(),
                sources.stream()
                        .map(
                                s ->
                                        new SourceView(
                                                s.id,
                                                s.source,
                                                s.reference,
                                                s.receivedOn,
                                                s.importId,
                                                s.rowNumber))
                        .toList(),
                p.mergedInto,
                p.version,
                p.createdAt,
                p.updatedAt);
    }

    /** The editable part of a person, the target of a JSON Merge Patch. */
    public static PersonRequest editable(Person p) {
        return new PersonRequest(
                p.familyName,
                p.givenNames,
                p.nativeName,
                p.birthDate,
                p.birthDateEvidence,
                p.sex,
                p.category,
                qualifying(p),
                p.departureWish,
                vulnerabilities(p),
                location(p),
                p.preferredLanguage,
                p.bestTimeToCall,
                p.status,
                p.statusReason,
                null,
                null,
                null);
    }

    public static DocumentView document(PersonDocument d, boolean mask, LocalDate today) {
        return new DocumentView(
                d.id,
                d.type,
                d.issuingCountry,
                mask ? mask(d.number) : d.number,
                d.expiresOn,
                d.expiresOn != null && d.expiresOn.isBefore(today),
                d.mrz != null);
    }

    static String mask(String number) {
        int keep = Math.min(VISIBLE_DIGITS, Math.max(0, number.length() - 3));
        return "*".repeat(number.length() - keep) + number.substring(number.length() - keep);
    }

    private static QualifyingRelative qualifying(Person p) {
        return p.qualifyingRelationship == null
                ? null
                : new QualifyingRelative(
                        p.qualifyingPersonId, p.qualifyingName, p.qualifyingRelationship);
    }

    private static Location location(Person p) {
        return p.province == null && p.district == null && p.locationConfirmedAt == null
                ? null
                : new Location(p.province, p.district, p.locationConfirmedAt);
    }

    private static List<Vulnerability> vulnerabilities(Person p) {
        return p.vulnerabilities.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .map(
                        e ->
                                new Vulnerability(
                                        e.getKey(), e.getValue().isEmpty() ? null : e.getValue()))
                .toList();
    }
}
