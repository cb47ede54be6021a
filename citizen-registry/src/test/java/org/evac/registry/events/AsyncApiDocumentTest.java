package org.evac.registry.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.evac.infrastructure.identity.FingerprintKey;
import org.evac.infrastructure.identity.IdentityFingerprints;
import org.evac.infrastructure.identity.NameFolding;
import org.evac.registry.document.DocumentType;
import org.evac.registry.messaging.MessageRequestConsumer;
import org.evac.registry.messaging.MessageRequested;
import org.junit.jupiter.api.Test;

/**
 * The AsyncAPI document describes every event type the code publishes, with every payload field.
 */
class AsyncApiDocumentTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static JsonNode document(Path path) throws IOException {
        return YAML.readTree(Files.readString(path));
    }

    private static JsonNode own() throws IOException {
        return document(Path.of("src/main/resources/asyncapi.yaml"));
    }

    private static JsonNode message(JsonNode doc, String type) {
        for (JsonNode message : doc.at("/components/messages")) {
            if (type.equals(message.path("name").asText())) {
                return message;
            }
        }
        throw new AssertionError("Message " + type + " is not documented");
    }

    private static Set<String> properties(JsonNode doc, JsonNode payload) {
        JsonNode schema =
                payload.has("$ref") ? doc.at(payload.get("$ref").asText().substring(1)) : payload;
        Set<String> names = new HashSet<>();
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> components(Class<?> record) {
        Set<String> names = new HashSet<>();
        Arrays.stream(record.getRecordComponents()).forEach(c -> names.add(c.getName()));
        return names;
    }

    @Test
    void documentsEveryPublishedTypeWithItsPayloadFields() throws IOException {
        JsonNode doc = own();
        List<String> published =
                StreamSupport.stream(
                                doc.at("/channels/evac.registry.events/publish/message/oneOf")
                                        .spliterator(),
                                false)
                        .map(
                                ref ->
                                        doc.at(ref.get("$ref").asText().substring(1))
                                                .path("name")
                                                .asText())
                        .toList();
        assertThat(published).containsExactlyInAnyOrderElementsOf(EventTypes.ALL);

        for (String personType :
                List.of(
                        EventTypes.PERSON_REGISTERED,
                        EventTypes.PERSON_UPDATED,
                        EventTypes.PERSON_VERIFIED,
                        EventTypes.PERSON_REJECTED,
                        EventTypes.PERSON_DEPARTED)) {
            assertThat(properties(doc, message(doc, personType).get("payload")))
                    .containsExactlyInAnyOrderElementsOf(components(PersonSnapshot.class));
        }
        assertThat(
                        properties(
                                doc,
                                doc.at(
                                        "/components/schemas/PersonSnapshot/properties/fingerprints")))
                .containsExactlyInAnyOrderElementsOf(components(PersonSnapshot.Fingerprints.class));
        assertThat(properties(doc, message(doc, EventTypes.PERSONS_MERGED).get("payload")))
                .containsExactlyInAnyOrderElementsOf(
                        components(RegistryEvents.MergedPayload.class));
        assertThat(properties(doc, message(doc, EventTypes.HOUSEHOLD_CHANGED).get("payload")))
                .containsExactlyInAnyOrderElementsOf(
                        components(RegistryEvents.HouseholdPayload.class));
        assertThat(
                        properties(
                                doc,
                                message(doc, EventTypes.CONTACT_ATTEMPT_RECORDED).get("payload")))
                .containsExactlyInAnyOrderElementsOf(
                        components(RegistryEvents.ContactAttemptPayload.class));
        assertThat(properties(doc, message(doc, EventTypes.REPLY_RECEIVED).get("payload")))
                .containsExactlyInAnyOrderElementsOf(components(RegistryEvents.ReplyPayload.class));
    }

    @Test
    void documentsTheConsumedMessageRequestWithTheFieldsRead() throws IOException {
        JsonNode doc = own();
        JsonNode payload = message(doc, MessageRequestConsumer.MESSAGE_REQUESTED).get("payload");
        assertThat(properties(doc, payload))
                .containsExactlyInAnyOrderElementsOf(components(MessageRequested.class));
        assertThat(properties(doc, payload.at("/properties/facts")))
                .containsExactlyInAnyOrderElementsOf(components(MessageRequested.Facts.class));
    }

    @Test
    void fieldsReadFromCoordinationsMessageRequestsExistInItsAsyncApi() throws IOException {
        Path producer = Path.of("../departure-coordination/src/main/resources/asyncapi.yaml");
        assertThat(producer).as("departure-coordination's AsyncAPI document").exists();
        String doc = document(producer).toString();
        assertThat(doc).contains(MessageRequestConsumer.MESSAGE_REQUESTED);
        for (Class<?> record : List.of(MessageRequested.class, MessageRequested.Facts.class)) {
            for (String field : components(record)) {
                assertThat(doc).as("coordination documents " + field).contains("\"" + field + "\"");
            }
        }
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
        JsonNode doc = own();
        assertThat(
                        properties(
                                doc,
                                message(doc, JourneyConsumer.JOURNEY_STATE_CHANGED).get("payload")))
                .containsAll(components(JourneyConsumer.JourneyStateChanged.class));
    }

    @Test
    void fieldsReadFromCoordinationExistInItsAsyncApi() throws IOException {
        Path producer = Path.of("../departure-coordination/src/main/resources/asyncapi.yaml");
        assertThat(producer).as("departure-coordination's AsyncAPI document").exists();
        JsonNode doc = document(producer);
        assertThat(doc.toString()).contains(JourneyConsumer.JOURNEY_STATE_CHANGED);
        for (String field : components(JourneyConsumer.JourneyStateChanged.class)) {
            assertThat(doc.toString())
                    .as("coordination documents " + field)
                    .contains("\"" + field + "\"");
        }
    }
}
