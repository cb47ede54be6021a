package org.evac.registry.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.evac.registry.audit.AuditLog;
import org.evac.registry.contact.ContactChannel;
import org.evac.registry.person.Person;
import org.evac.registry.person.PersonProblems;
import org.evac.registry.person.PersonService;

/** What coordinators read and set about the messages of a person. */
@ApplicationScoped
public class MessagingService {

    private final PersonService persons;
    private final Recipients recipients;
    private final AuditLog audit;
    private final Clock clock;

    public MessagingService(
            PersonService persons, Recipients recipients, AuditLog audit, Clock clock) {
        this.persons = persons;
        this.recipients = recipients;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MessageView> messagesOf(UUID personId) {
        existing(personId);
        return OutboundMessage.ofPerson(personId).stream().map(MessageView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MessageView> message(UUID id) {
        return OutboundMessage.<OutboundMessage>findByIdOptional(id).map(MessageView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MessagingSettings settings(UUID personId) {
        Person person = existing(personId);
        List<String> addresses =
                ContactChannel.ofPerson(personId).stream()
                        .flatMap(
                                c ->
                                        java.util.Arrays.stream(MessageChannel.values())
                                                .filter(channel -> channel.reaches(c.kind))
                                                .map(
                                                        channel ->
                                                                Recipients.normalised(
                                                                        channel, c.value)))
                        .toList();
        return new MessagingSettings(
                personId,
                MessagingPreference.of(personId).map(p -> p.channel).orElse(null),
                recipients.language(person),
                recipients.addresses(personId, null).stream()
                        .map(a -> new MessagingSettings.AddressView(a.channel(), a.value()))
                        .toList(),
                OptOut.ofAddresses(addresses).stream()
                        .map(
                                o ->
                                        new MessagingSettings.OptOutView(
                                                o.key.channel(), o.key.address(), o.optedOutAt))
                        .toList());
    }

    @Transactional
    public void prefer(UUID personId, MessageChannel channel) {
        persons.writable(personId);
        MessagingPreference preference =
                MessagingPreference.of(personId).orElseGet(MessagingPreference::new);
        String before = preference.channel == null ? null : preference.channel.name();
        preference.personId = personId;
        preference.channel = channel;
        preference.updatedAt = clock.instant();
        preference.updatedBy = audit.actor();
        preference.persist();
        audit.change("MESSAGING_PREFERENCE", "person", personId, before, channel.name());
    }

    private static Person existing(UUID personId) {
        return Person.<Person>findByIdOptional(personId)
                .orElseThrow(() -> PersonProblems.notFound(personId));
    }
}
