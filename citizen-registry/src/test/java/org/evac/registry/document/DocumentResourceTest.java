package org.evac.registry.document;

import static io.restassured.RestAssured.given;
import static org.evac.registry.person.Persons.aPerson;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.Map;
import org.evac.registry.person.Persons;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "coordinator-ana", roles = "coordinator")
class DocumentResourceTest {

    /** ICAO 9303 specimen passport (Utopia), check digits valid. */
    private static final String SPECIMEN_MRZ =
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                    + "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

    @Test
    void acceptsAPassportWithAValidMrz() {
        String id = aPerson().noDocuments().create();
        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "type",
                                "OTHER",
                                "issuingCountry",
                                "NLD",
                                "number",
                                "L898902C3",
                                "mrz",
                                SPECIMEN_MRZ))
                .post("/api/v1/persons/" + id + "/documents")
                .then()
                .statusCode(201)
                .body("mrzVerified", equalTo(true));
    }

    @Test
    void rejectsAnMrzWithAWrongCheckDigit() {
        String id = aPerson().noDocuments().create();
        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "type",
                                "OTHER",
                                "issuingCountry",
                                "NLD",
                                "number",
                                "L898902C3",
                                "mrz",
                                SPECIMEN_MRZ.replace("7408122F", "7408123F")))
                .post("/api/v1/persons/" + id + "/documents")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "errors.message",
                        hasItem(containsString("check digit of the date of birth")));
    }

    @Test
    void checksPassportNumberFormatPerIssuer() {
        String id = aPerson().noDocuments().create();
        given().contentType(ContentType.JSON)
                .body(Map.of("type", "AFGHAN_PASSPORT", "issuingCountry", "AFG", "number", "12345"))
                .post("/api/v1/persons/" + id + "/documents")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("number"));
        given().contentType(ContentType.JSON)
                .body(Map.of("type", "US_PASSPORT", "issuingCountry", "AFG", "number", "123456789"))
                .post("/api/v1/persons/" + id + "/documents")
                .then()
                .statusCode(400)
                .body("errors[0].message", containsString("issued by USA"));
        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "type",
                                "AFGHAN_TAZKIRA",
                                "issuingCountry",
                                "AFG",
                                "number",
                                "1400-0101-" + Persons.digits(5)))
                .post("/api/v1/persons/" + id + "/documents")
                .then()
                .statusCode(201);
    }

    @Test
    void aDocumentBelongsToOnePersonOnly() {
        Persons owner = aPerson();
        String ownerId = owner.create();
        String other = aPerson().noDocuments().create();
        given().contentType(ContentType.JSON)
                .body(owner.firstDocument())
                .post("/api/v1/persons/" + other + "/documents")
                .then()
                .statusCode(409)
                .body("existingPersonId", equalTo(ownerId));
    }

    @Test
    void removesADocumentUnlessItIsTheVerificationEvidence() {
        String id = aPerson().create();
        String document =
                given().get("/api/v1/persons/" + id + "/documents")
                        .then()
                        .body("", hasSize(1))
                        .extract()
                        .path("[0].id");
        given().contentType(ContentType.JSON)
                .body(Map.of("evidenceDocumentId", document))
                .post("/api/v1/persons/" + id + "/verify")
                .then()
                .statusCode(200)
                .body("verification.state", equalTo("VERIFIED"))
                .body("verification.by", equalTo("coordinator-ana"))
                .body("verification.evidenceDocumentId", equalTo(document));
        given().delete("/api/v1/persons/" + id + "/documents/" + document)
                .then()
                .statusCode(409)
                .body("type", containsString("evidence-document"));
    }

    @Test
    void verificationIsDecidedOnceAndRejectionNeedsAReason() {
        String id = aPerson().create();
        given().contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/v1/persons/" + id + "/reject")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        given().contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/v1/persons/" + id + "/verify")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("evidenceDocumentId"));
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "not a US person"))
                .post("/api/v1/persons/" + id + "/reject")
                .then()
                .statusCode(200)
                .body("verification.state", equalTo("REJECTED"))
                .body("verification.reason", equalTo("not a US person"));
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "again"))
                .post("/api/v1/persons/" + id + "/reject")
                .then()
                .statusCode(409)
                .body("type", containsString("already-decided"));
    }
}
