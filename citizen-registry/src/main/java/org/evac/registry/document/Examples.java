package org.evac.registry.document;

/** OpenAPI examples of the document endpoints. */
final class Examples {

    static final String INVALID =
            """
            {"type": "https://evac.example.org/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "The document fails the data-quality gates", "errors": [{"field": "mrz", "message": "check digit of the date of birth is wrong"}]}""";

    static final String DOCUMENT_REQUEST =
            """
            {"type": "US_PASSPORT", "issuingCountry": "USA", "number": "A12345678", "expiresOn": "2029-05-01",
             "mrz": "P<USAAHMADI<<ZAHRA<<<<<<<<<<<<<<<<<<<<<<<<<<<\\nA123456784USA8604171F2905013<<<<<<<<<<<<<<02"}""";

    static final String DOCUMENT =
            """
            {"id": "0f4b2d7c-34a1-4d1e-8a55-1c9b0a6e2b11", "type": "US_PASSPORT", "issuingCountry": "USA",
             "number": "A12345678", "expiresOn": "2029-05-01", "expired": false, "mrzVerified": true}""";

    static final String DOCUMENTS =
            """
            [{"id": "0f4b2d7c-34a1-4d1e-8a55-1c9b0a6e2b11", "type": "US_PASSPORT", "issuingCountry": "USA",
              "number": "******678", "expiresOn": "2029-05-01", "expired": false, "mrzVerified": true}]""";

    static final String CONFLICT =
            """
            {"type": "https://evac.example.org/problems/duplicate-document", "title": "Document already registered",
             "status": 409, "detail": "This document belongs to another person; a document belongs to one person only",
             "existingPersonId": "5d0c7a3e-8f7e-4c55-9a7e-2f1f0e1f4a10",
             "existingPerson": "/api/v1/persons/5d0c7a3e-8f7e-4c55-9a7e-2f1f0e1f4a10"}""";

    private Examples() {}
}
