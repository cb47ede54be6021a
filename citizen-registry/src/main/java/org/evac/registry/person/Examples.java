package org.evac.registry.person;

/** OpenAPI examples of the person endpoints. */
final class Examples {

    static final String PERSON_REQUEST =
            """
            {
              "familyName": "Ahmadi",
              "givenNames": "Zahra",
              "nativeName": "زهرا احمدی",
              "birthDate": "1986-04",
              "sex": "FEMALE",
              "category": "US_CITIZEN",
              "departureWish": "WILL_NOT_LEAVE_WITHOUT_FAMILY",
              "vulnerabilities": [{"kind": "PREGNANCY"}],
              "location": {"province": "AF-KAB", "district": "Khair Khana"},
              "preferredLanguage": "fa-AF",
              "bestTimeToCall": "after 18:00 Kabul time",
              "documents": [{"type": "US_PASSPORT", "issuingCountry": "USA", "number": "A12345678", "expiresOn": "2029-05-01"}],
              "contacts": [{"kind": "WHATSAPP", "value": "+93701234567"}],
              "sources": [{"source": "STEP_ENROLMENT", "reference": "STEP-2021-88412", "receivedOn": "2021-08-16"}]
            }""";

    static final String PERSON =
            """
            {
              "id": "5d0c7a3e-8f7e-4c55-9a7e-2f1f0e1f4a10",
              "registryNumber": "EVR-0000042",
              "familyName": "Ahmadi",
              "givenNames": "Zahra",
              "nativeName": "زهرا احمدی",
              "birthDate": "1986-04",
              "sex": "FEMALE",
              "category": "US_CITIZEN",
              "verification": {"state": "UNVERIFIED"},
              "departureWish": "WILL_NOT_LEAVE_WITHOUT_FAMILY",
              "vulnerabilities": [{"kind": "PREGNANCY"}],
              "status": "ACTIVE",
              "location": {"province": "AF-KAB", "district": "Khair Khana"},
              "preferredLanguage": "fa-AF",
              "qualityFlags": ["FAMILY_NOT_LINKED"],
              "documents": [{"id": "0f4b2d7c-34a1-4d1e-8a55-1c9b0a6e2b11", "type": "US_PASSPORT", "issuingCountry": "USA",
                             "number": "A12345678", "expiresOn": "2029-05-01", "expired": false, "mrzVerified": false}],
              "contacts": [{"id": "a3f1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "kind": "WHATSAPP", "value": "+93701234567"}],
              "sources": [{"id": "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e", "source": "STEP_ENROLMENT", "reference": "STEP-2021-88412"}],
              "version": 0,
              "createdAt": "2021-08-17T06:12:44Z",
              "updatedAt": "2021-08-17T06:12:44Z"
            }""";

    static final String PAGE =
            """
            {
              "items": [{"id": "5d0c7a3e-8f7e-4c55-9a7e-2f1f0e1f4a10", "registryNumber": "EVR-0000042",
                         "familyName": "Ahmadi", "givenNames": "Zahra", "birthDate": "1986-04", "category": "US_CITIZEN",
                         "verification": "UNVERIFIED", "departureWish": "WANTS_TO_LEAVE", "status": "ACTIVE",
                         "province": "AF-KAB", "qualityFlags": [], "version": 3}],
              "page": 0,
              "size": 50,
              "total": 1
            }""";

    static final String PATCH =
            """
            {"departureWish": "WANTS_TO_LEAVE", "location": {"district": "Paghman"}, "nativeName": null}""";

    static final String VERIFY =
            """
            {"reason": "US passport inspected at the gate", "evidenceDocumentId": "0f4b2d7c-34a1-4d1e-8a55-1c9b0a6e2b11"}""";

    static final String SOURCE =
            """
            {"source": "CONGRESSIONAL_LIST", "reference": "HFAC-2021-0193", "receivedOn": "2021-08-20"}""";

    static final String MOVED =
            """
            {"id": "7e9b1c2d-3f4a-4b5c-8d6e-9f0a1b2c3d4e", "mergedInto": "5d0c7a3e-8f7e-4c55-9a7e-2f1f0e1f4a10"}""";

    static final String INVALID =
            """
            {
              "type": "https://evac.example.org/problems/validation",
              "title": "Invalid request",
              "status": 400,
              "detail": "The person record fails the data-quality gates",
              "instance": "/api/v1/persons",
              "errors": [
                {"field": "birthDate", "message": "is not a real date of the form YYYY, YYYY-MM or YYYY-MM-DD"},
                {"field": "documents[0].number", "message": "does not match the passport format of USA ([A-Z0-9][0-9]{8})"}
              ]
            }""";

    static final String INVALID_PAGE =
            """
            {"type": "https://evac.example.org/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "Unknown sort field", "instance": "/api/v1/persons",
             "errors": [{"field": "sort", "message": "must be one of birthDate, createdAt, familyName, lastReachedAt, registryNumber, updatedAt, optionally prefixed with -"}]}""";

    static final String LIKELY_DUPLICATE =
            """
            {
              "type": "https://evac.example.org/problems/likely-duplicate",
              "title": "Likely duplicate",
              "status": 409,
              "detail": "This person is probably registered already; review the candidates, or repeat the request with acknowledgeDuplicates=true if they are different people",
              "candidates": [{"personId": "5d0c7a3e-8f7e-4c55-9a7e-2f1f0e1f4a10", "registryNumber": "EVR-0000042",
                              "familyName": "Ahmadi", "givenNames": "Zahra", "birthDate": "1986-04-17", "score": 0.75,
                              "reasons": ["names equal after transliteration folding", "date of birth 1986-04 compatible with 1986-04-17"],
                              "href": "/api/v1/persons/5d0c7a3e-8f7e-4c55-9a7e-2f1f0e1f4a10"}]
            }""";

    static final String DUPLICATE_DOCUMENT =
            """
            {"type": "https://evac.example.org/problems/duplicate-document", "title": "Document already registered",
             "status": 409, "detail": "This document belongs to another person; a document belongs to one person only",
             "existingPersonId": "5d0c7a3e-8f7e-4c55-9a7e-2f1f0e1f4a10",
             "existingPerson": "/api/v1/persons/5d0c7a3e-8f7e-4c55-9a7e-2f1f0e1f4a10"}""";

    static final String MERGED =
            """
            {"type": "https://evac.example.org/problems/person-merged", "title": "Person merged", "status": 409,
             "detail": "Person 7e9b1c2d-3f4a-4b5c-8d6e-9f0a1b2c3d4e was merged into 5d0c7a3e-8f7e-4c55-9a7e-2f1f0e1f4a10; change the surviving record",
             "mergedInto": "5d0c7a3e-8f7e-4c55-9a7e-2f1f0e1f4a10"}""";

    static final String ALREADY_DECIDED =
            """
            {"type": "https://evac.example.org/problems/already-decided", "title": "Verification already decided",
             "status": 409, "detail": "Person is VERIFIED since 2021-08-18T09:00:00Z by coordinator-ana"}""";

    static final String STALE =
            """
            {"type": "https://evac.example.org/problems/stale-version", "title": "Stale version", "status": 412,
             "detail": "The person changed since you read it; read it again and reapply your change", "currentVersion": 4}""";

    static final String VERSION_REQUIRED =
            """
            {"type": "https://evac.example.org/problems/version-required", "title": "Version required", "status": 428,
             "detail": "Send If-Match with the ETag (version) you read, so that concurrent edits are not lost"}""";

    private Examples() {}
}
