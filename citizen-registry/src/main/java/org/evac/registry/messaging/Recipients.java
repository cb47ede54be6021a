package org.evac.registry.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.evac.registry.contact.ContactChannel;
import org.evac.registry.household.Household;
import org.evac.registry.person.Person;
import org.evac.registry.person.PersonService;

/**
 * Who a message goes to and how: each person written to in their preferred language, on their
 * preferred channel first and then on the others that can reach them, leaving out addresses that
 * opted out.
 */
@ApplicationScoped
public class Recipients {

    private static final List<String> LANGUAGES = List.of("en", "fa-AF", "ps");
    private static final int ADULT_AGE = 18;

    private final PersonService persons;
    private final MessagingConfig config;
    private final Clock clock;

    public Recipients(PersonService persons, MessagingConfig config, Clock clock) {
        this.persons = persons;
        this.config = config;
        this.clock = clock;
    }

    /** A channel and the address on it. */
    public record Address(MessageChannel channel, String value) {}

    /** A person to write to, with the addresses to try in order (empty if none works). */
    public record Recipient(
            UUID personId, UUID householdId, String language, List<Address> addresses) {}

    /**
     * A household's message goes to its head and, if configured, to every other adult member with
     * an address; when the head cannot be reached, to the first adult who can. Otherwise to each
     * person named.
     */
    public List<Recipient> of(UUID householdId, List<UUID> personIds, MessageChannel hint) {
        Optional<Household> household =
                householdId == null ? Optional.empty() : Household.findByIdOptional(householdId);
        if (household.isEmpty()) {
            Set<UUID> survivors = new LinkedHashSet<>();
            personIds.forEach(id -> survivors.add(persons.survivorOf(id)));
            List<Recipient> recipients = new ArrayList<>();
            for (UUID id : survivors) {
                Person.<Person>findByIdOptional(id)
                        .ifPresent(p -> recipients.add(recipient(p, hint)));
            }
            return recipients;
        }
        UUID headId = household.get().headPersonId;
        List<Recipient> adults = new ArrayList<>();
        Recipient head = null;
        for (Person member : Person.<Person>list("householdId = ?1 order by id", householdId)) {
            Recipient recipient = recipient(member, hint);
            if (member.id.equals(headId)) {
                head = recipient;
            } else if (member.mergedInto == null
                    && adult(member)
                    && !recipient.addresses().isEmpty()) {
                adults.add(recipient);
            }
        }
        List<Recipient> chosen = new ArrayList<>();
        if (head != null && (!head.addresses().isEmpty() || adults.isEmpty())) {
            chosen.add(head);
        }
        if (config.householdRecipients() == MessagingConfig.HouseholdRecipients.ADULTS) {
            chosen.addAll(adults);
        } else if (chosen.isEmpty() && !adults.isEmpty()) {
            chosen.add(adults.get(0));
        }
        return chosen;
    }

    public Recipient recipient(Person person, MessageChannel hint) {
        return new Recipient(
                person.id, person.householdId, language(person), addresses(person.id, hint));
    }

    public String language(UUID personId) {
        return Person.<Person>findByIdOptional(persons.survivorOf(personId))
                .map(this::language)
                .orElse(config.defaultLanguage());
    }

    public String language(Person person) {
        return person.preferredLanguage != null && LANGUAGES.contains(person.preferredLanguage)
                ? person.preferredLanguage
                : config.defaultLanguage();
    }

    /**
     * The person's preferred channel (set by a coordinator, else the hint, else SMS) first, then
     * the others; on each, the oldest contact that reaches it and has not opted out.
     */
    public List<Address> addresses(UUID personId, MessageChannel hint) {
        List<MessageChannel> order = new ArrayList<>();
        MessagingPreference.of(personId).ifPresent(p -> order.add(p.channel));
        if (hint != null && !order.contains(hint)) {
            order.add(hint);
        }
        for (MessageChannel channel : MessageChannel.values()) {
            if (!order.contains(channel)) {
                order.add(channel);
            }
        }
        List<ContactChannel> contacts = ContactChannel.ofPerson(personId);
        List<Address> addresses = new ArrayList<>();
        for (MessageChannel channel : order) {
            contacts.stream()
                    .filter(c -> channel.reaches(c.kind))
                    .map(c -> normalised(channel, c.value))
                    .filter(value -> !OptOut.isOptedOut(channel, value))
                    .findFirst()
                    .ifPresent(value -> addresses.add(new Address(channel, value)));
        }
        return addresses;
    }

    /** Phones as E.164 with '+', emails in lower case, as replies and receipts name them. */
    public static String normalised(MessageChannel channel, String value) {
        return channel == MessageChannel.SMS
                ? "+" + value.replaceAll("[^0-9]", "")
                : value.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** Adult unless the known part of the date of birth says under 18. */
    private boolean adult(Person person) {
        if (person.birthDate == null || person.birthDate.length() < 4) {
            return true;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        String[] parts = person.birthDate.split("-");
        LocalDate earliest =
                LocalDate.of(
                        Integer.parseInt(parts[0]),
                        parts.length > 1 ? Integer.parseInt(parts[1]) : 1,
                        parts.length > 2 ? Integer.parseInt(parts[2]) : 1);
        return !earliest.plusYears(ADULT_AGE).isAfter(today);
    }
}
