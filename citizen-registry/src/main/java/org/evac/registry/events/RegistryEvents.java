package org.evac.registry.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.evac.infrastructure.identity.FingerprintKey;
import org.evac.infrastructure.identity.IdentityFingerprints;
import org.evac.infrastructure.outbox.Outbox;
import org.evac.registry.contact.ContactAttempt;
import org.evac.registry.document.PersonDocument;
import org.evac.registry.household.Relationship;
import org.evac.registry.person.Person;

/** Records the registry's events in the outbox, inside the caller's transaction. */
@ApplicationScoped
public class RegistryEvents {

    private final Outbox outbox;
    private final IdentityFingerprints fingerprints;

    public RegistryEvents(Outbox outbox, IdentityFingerprints fingerprints) {
        this.outbox = outbox;
        this.fingerprints = fingerprints;
    }

    public record MergedPayload(UUID survivorId, UUID mergedId) {}

    public record HouseholdPayload(
            UUID householdId, UUID headPersonId, List<Member> members, int version) {}

    public record Member(UUID personId, Relationship relationship) {}

    public record ContactAttemptPayload(
            UUID attemptId, UUID personId, String channel, String outcome, Instant attemptedAt) {}

    /**
     * A person's answer to an offer, read from their reply: ids and the intent only, never the
     * number or the text.
     *
     * @param messageId the inbound message that answered (for a decline, the one that declined)
     * @param intent ACCEPT or DECLINE
     * @param declineReason the reason chosen from the menu, for a decline
     */
    public record ReplyPayload(
            UUID messageId,
            UUID offerId,
            UUID personId,
            String intent,
            String declineReason,
            String channel,
            Instant receivedAt) {}

    /** Records {@code type} (one of the person event types) with the person's current snapshot. */
    public void person(String type, Person person, List<PersonDocument> documents) {
        outbox.record(EventTypes.TOPIC, person.id.toString(), type, snapshot(person, documents));
    }

    public void merged(UUID survivorId, UUID mergedId) {
        outbox.record(
                EventTypes.TOPIC,
                survivorId.toString(),
                EventTypes.PERSONS_MERGED,
                new MergedPayload(survivorId, mergedId));
    }

    public void householdChanged(
            UUID householdId, UUID headPersonId, List<Member> members, int version) {
        outbox.record(
                EventTypes.TOPIC,
                householdId.toString(),
                EventTypes.HOUSEHOLD_CHANGED,
                new HouseholdPayload(householdId, headPersonId, members, version));
    }

    public void contactAttempt(ContactAttempt attempt) {
        outbox.record(
                EventTypes.TOPIC,
                attempt.personId.toString(),
                EventTypes.CONTACT_ATTEMPT_RECORDED,
                new ContactAttemptPayload(
                        attempt.id,
                        attempt.personId,
                        attempt.channel.name(),
                        attempt.outcome.name(),
                        attempt.attemptedAt));
    }

    public void replyReceived(ReplyPayload reply) {
        outbox.record(
                EventTypes.TOPIC, reply.offerId().toString(), EventTypes.REPLY_RECEIVED, reply);
    }

    /**
     * Notes on the person the key and scheme its next snapshot is fingerprinted under, for the
     * republish job; before the person is written, so that it costs no second update.
     */
    public void stamp(Person person) {
        person.fingerprintKey = fingerprints.current().id();
        person.fingerprintScheme = IdentityFingerprints.SCHEME;
    }

    /** The person's snapshot, fingerprinted under the current key and scheme. */
    public PersonSnapshot snapshot(Person person, List<PersonDocument> documents) {
        FingerprintKey key = fingerprints.current();
        var documentPrints =
                documents.stream()
                        .map(
                                d ->
                                        new PersonSnapshot.DocumentFingerprint(
                                                d.type.name(),
                                                d.issuingCountry,
                                                key.document(
                                                        d.type.name(), d.issuingCountry, d.number)))
                        .toList();
        return new PersonSnapshot(
                person.id,
                person.registryNumber,
                person.householdId,
                person.category.name(),
                person.verification.name(),
                person.departureWish.name(),
                person.province,
                person.vulnerabilities.keySet().stream().map(Enum::name).sorted().toList(),
                person.status.name(),
                person.lastReachedAt,
                person.version,
                new PersonSnapshot.Fingerprints(
                        key.id(),
                        IdentityFingerprints.SCHEME,
                        key.familyName(person.familyName, IdentityFingerprints.SCHEME),
                        person.birthDate == null ? null : key.birthDate(person.birthDate),
                        documentPrints));
    }
}
