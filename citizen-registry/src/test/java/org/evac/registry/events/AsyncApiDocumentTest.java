package org.evac.registry.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.evac.infrastructure.identity.FingerprintKey;
import org.evac.infrastructure.identity.IdentityFingerprints;
import org.evac.infrastructure.identity.NameFolding;
import org.evac.registry.document.DocumentType;
import org.evac.registry.messaging.MessageRequestConsumer;
import org.evac.registry.messaging.MessageRequested;
import org.evac.testing.AsyncApiDocument;
import org.junit.jupiter.api.Test;

/**
 * The AsyncAPI document describes every event type the code publishes, with every payload field.
 */
class AsyncApiDocumentTest {

    private static final Path COORDINATION =
            Path.of("../departure-coordination/src/main/resources/asyncapi.yaml");

    private static AsyncApiDocument own() throws IOException {
        return AsyncApiDocument.read(Path.of("src/main/resources/asyncapi.yaml"));
    }

    private static Set<String> payloadOf(AsyncApiDocument doc, String type) {
        return doc.payloadFields(doc.requireMessage(type));
    }

    /** The fields of one object property of a message's payload. */
    private static Set<String> fieldsUnder(
            AsyncApiDocument doc, JsonNode message, String property) {
        String prefix = property + ".";
        return doc.payloadPaths(message).stream()
                .filter(path -> path.startsWith(prefix))
                .map(path -> path.substring(prefix.length()))
                .filter(field -> !field.contains("."))
                .collect(Collectors.toSet());
    }

    private static Set<String> components(Class<?> record) {
        Set<String> names = new HashSet<>();
        Arrays.stream(record.getRecordComponents()).forEach(c -> names.add(c.getName()));
        return names;
    }

    @Test
    void documentsEveryPublishedTypeWithItsPayloadFields() throws IOException {
        AsyncApiDocument doc = own();
        List<String> published =
                StreamSupport.stream(
                                doc.at("/channels/evac.registry.events/publish/message/oneOf")
                                        .spliterator(),
                                false)
                        .map(ref -> doc.at(ref.get("$ref").asText().substring(1)))
                        .map(message -> message.path("name").asText())
                        .toList();
        assertThat(published).containsExactlyInAnyOrderElementsOf(EventTypes.ALL);

        for (String personType :
                List.of(
                        EventTypes.PERSON_REGISTERED,
                        EventTypes.PERSON_UPDATED,
                        EventTypes.PERSON_VERIFIED,
                        EventTypes.PERSON_REJECTED,
                        EventTypes.PERSON_DEPARTED)) {
            assertThat(payloadOf(doc, personType))
                    .containsExactlyInAnyOrderElementsOf(components(PersonSnapshot.class));
        }
        assertThat(
                        doc.properties(
                                doc.at(
                                        "/components/schemas/PersonSnapshot/properties/fingerprints")))
                .containsExactlyInAnyOrderElementsOf(components(PersonSnapshot.Fingerprints.class));
        assertThat(payloadOf(doc, EventTypes.PERSONS_MERGED))
                .containsExactlyInAnyOrderElementsOf(
                        components(RegistryEvents.MergedPayload.class));
        assertThat(payloadOf(doc, EventTypes.HOUSEHOLD_CHANGED))
                .containsExactlyInAnyOrderElementsOf(
                        components(RegistryEvents.HouseholdPayload.class));
        assertThat(payloadOf(doc, EventTypes.CONTACT_ATTEMPT_RECORDED))
                .containsExactlyInAnyOrderElementsOf(
                        components(RegistryEvents.ContactAttemptPayload.class));
        assertThat(payloadOf(doc, EventTypes.REPLY_RECEIVED))
                .containsExactlyInAnyOrderElementsOf(components(RegistryEvents.ReplyPayload.class));
    }

    @Test
    void documentsTheConsumedMessageRequestWithTheFieldsRead() throws IOException {
        AsyncApiDocument doc = own();
        JsonNode message = doc.requireMessage(MessageRequestConsumer.MESSAGE_REQUESTED);
        assertThat(doc.payloadFields(message))
                .containsExactlyInAnyOrderElementsOf(components(MessageRequested.class));
        assertThat(fieldsUnder(doc, message, "facts"))
                .containsExactlyInAnyOrderElementsOf(components(MessageRequested.Facts.class));
    }

    @Test
    void fieldsReadFromCoordinationsMessageRequestsExistInItsAsyncApi() throws IOException {
        assertThat(COORDINATION).as("departure-coordination's AsyncAPI document").exists();
        AsyncApiDocument coordination = AsyncApiDocument.read(COORDINATION);
        JsonNode message = coordination.requireMessage(MessageRequestConsumer.MESSAGE_REQUESTED);
        assertThat(coordination.payloadFields(message))
                .as("coordination documents the message request")
                .containsAll(components(MessageRequested.class));
        assertThat(fieldsUnder(coordination, message, "facts"))
                .as("coordination documents the message request's facts")
                .containsAll(components(MessageRequested.Facts.class));
    }

    /**
     * Each fingerprint's documented input, filled in as the document says and keyed with a secret,
     * gives the fingerprint {@link IdentityFingerprints} makes: the description is the code.
     */
    @Test
    void describesEveryFingerprintInputAsIdentityFingerprintsComputesIt() throws Exception {
        JsonNode fingerprints =
                own().at("/components/schemas/PersonSnapshot/properties/fingerprints");
        String secret = "asyncapi-test-secret-0123";
        FingerprintKey key = new IdentityFingerprints("k7", secret).current();
        String family = "Ahmad Zai";

        JsonNode familyInputs = fingerprints.at("/properties/familyName/x-hmac-input");
        Set<Integer> schemes = new HashSet<>();
        familyInputs.fieldNames().forEachRemaining(n -> schemes.add(Integer.valueOf(n)));
        assertThat(schemes).isEqualTo(IdentityFingerprints.SCHEMES);
        List<Integer> documented = new java.util.ArrayList<>();
        fingerprints.at("/properties/scheme/enum").forEach(n -> documented.add(n.asInt()));
        assertThat(documented).containsExactlyInAnyOrderElementsOf(IdentityFingerprints.SCHEMES);
        for (int scheme : IdentityFingerprints.SCHEMES) {
            String input =
                    familyInputs
                            .get(Integer.toString(scheme))
                            .asText()
                            .replace("{NameFolding.key(familyName)}", NameFolding.key(family))
                            .replace(
                                    "{NameFolding.compoundKey(familyName)}",
                                    NameFolding.compoundKey(family));
            assertThat(hmac(secret, input))
                    .as("family name, scheme " + scheme)
                    .isEqualTo(key.familyName(family, scheme));
        }

        String birth =
                fingerprints
                        .at("/properties/birthDate/x-hmac-input")
                        .asText()
                        .replace("{birthDate}", "1985-03");
        assertThat(hmac(secret, birth)).isEqualTo(key.birthDate("1985-03"));

        JsonNode document = fingerprints.at("/properties/documents/items/properties");
        List<String> types = new java.util.ArrayList<>();
        document.at("/type/enum").forEach(n -> types.add(n.asText()));
        assertThat(types)
                .containsExactlyElementsOf(
                        Arrays.stream(DocumentType.values()).map(Enum::name).toList());
        for (String type : types) {
            String input =
                    document.at("/fingerprint/x-hmac-input")
                            .asText()
                            .replace("{type}", type)
                            .replace("{issuingCountry}", "AFG")
                            .replace("{number}", "P0O12345");
            assertThat(hmac(secret, input))
                    .as("document " + type)
                    .isEqualTo(key.document(type, "afg", "p0o 12-345"));
        }
        assertThat(own().at("/info/description").asText())
                .doesNotContain("ICAO")
                .contains("fingerprints.keyId");
    }

    private static String hmac(String secret, String input) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(input.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void documentsTheConsumedJourneyEvent() throws IOException {
        assertThat(payloadOf(own(), JourneyConsumer.JOURNEY_STATE_CHANGED))
                .containsAll(components(JourneyConsumer.JourneyStateChanged.class));
    }

    @Test
    void fieldsReadFromCoordinationExistInItsAsyncApi() throws IOException {
        assertThat(COORDINATION).as("departure-coordination's AsyncAPI document").exists();
        assertThat(
                        payloadOf(
                                AsyncApiDocument.read(COORDINATION),
                                JourneyConsumer.JOURNEY_STATE_CHANGED))
                .as("coordination documents the journey event")
                .containsAll(components(JourneyConsumer.JourneyStateChanged.class));
    }
}
