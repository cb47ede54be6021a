package org.evac.registry.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.registry.person.Persons.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.evac.registry.person.Persons;
import org.evac.testing.SmscControl;
import org.junit.jupiter.api.Test;

/**
 * {@code evac.messaging.household-recipients=ADULTS}: a household's offer goes to the head and to
 * every other adult member who has a phone or email, each in their own language; children do not
 * get it.
 */
@QuarkusTest
@TestProfile(AdultRecipientsTest.Adults.class)
@TestSecurity(user = "coordinator-ana", roles = "coordinator")
class AdultRecipientsTest {

    public static class Adults implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("evac.messaging.household-recipients", "ADULTS");
        }
    }

    @Test
    void aHouseholdOfferGoesToTheHeadAndEveryAdultWithAnAddress() {
        String family = Persons.uniqueFamilyName();
        String headPhone = "+9379" + Persons.digits(7);
        String spouseEmail = "spouse." + Persons.digits(8) + "@example.org";
        String childPhone = "+9379" + Persons.digits(7);
        String head =
                aPerson()
                        .named("Ahmad", family)
                        .with("preferredLanguage", "fa-AF")
                        .noContacts()
                        .withContact("PHONE", headPhone)
                        .create();
        String spouse =
                aPerson()
                        .named("Marzia", family)
                        .with("preferredLanguage", "en")
                        .noContacts()
                        .withContact("EMAIL", spouseEmail)
                        .create();
        String child =
                aPerson()
                        .named("Yasin", family)
                        .bornOn("2015-06-20")
                        .noContacts()
                        .withContact("PHONE", childPhone)
                        .create();
        String grandfather = aPerson().named("Ghulam Sakhi", family).noContacts().create();
        String householdId = SmsDeliveryTest.household(head, List.of(spouse, child, grandfather));

        MessageRequests.offer(
                        UUID.randomUUID(),
                        MessageRequests.replyCode(),
                        head,
                        spouse,
                        child,
                        grandfather)
                .household(householdId)
                .publish();

        assertThat(Handsets.texts(headPhone, 1).get(0).text()).contains("(4 نفر)");
        assertThat(Handsets.mails(spouseEmail, 1).get(0).subject())
                .isEqualTo("Offer of a seat on a flight from Kabul to Doha");
        Handsets.awaitStatus(spouse, "OFFER_MADE", "SUBMITTED");
        assertThat(Handsets.messagesOf(child)).isEmpty();
        assertThat(Handsets.messagesOf(grandfather)).isEmpty();
        assertThat(SmscControl.receivedBy(childPhone)).isEmpty();
    }
}
