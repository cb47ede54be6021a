package org.evac.registry.contact;

/** OpenAPI examples of the contact endpoints. */
final class Examples {

    static final String INVALID =
            """
            {"type": "https://evac.example.org/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "An attempt cannot be in the future", "errors": [{"field": "attemptedAt", "message": "is in the future"}]}""";

    static final String CHANNEL_REQUEST =
            """
            {"kind": "SIGNAL", "value": "+93701234567"}""";

    static final String CHANNEL =
            """
            {"id": "a3f1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "kind": "SIGNAL", "value": "+93701234567"}""";

    static final String CHANNELS =
            """
            [{"id": "a3f1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "kind": "SIGNAL", "value": "+93701234567"}]""";

    static final String ATTEMPT_REQUEST =
            """
            {"channel": "WHATSAPP", "outcome": "REACHED", "note": "family of five at the north gate", "attemptedAt": "2021-08-24T14:05:00Z"}""";

    static final String ATTEMPT =
            """
            {"id": "c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f", "personId": "5d0c7a3e-8f7e-4c55-9a7e-2f1f0e1f4a10",
             "channel": "WHATSAPP", "outcome": "REACHED", "note": "family of five at the north gate",
             "attemptedBy": "coordinator-ana", "attemptedAt": "2021-08-24T14:05:00Z"}""";

    static final String ATTEMPTS =
            """
            [{"id": "c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f", "personId": "5d0c7a3e-8f7e-4c55-9a7e-2f1f0e1f4a10",
              "channel": "WHATSAPP", "outcome": "REACHED", "attemptedBy": "coordinator-ana", "attemptedAt": "2021-08-24T14:05:00Z"}]""";

    static final String MERGED =
            """
            {"type": "https://evac.example.org/problems/person-merged", "title": "Person merged", "status": 409,
             "detail": "Person 7e9b1c2d-3f4a-4b5c-8d6e-9f0a1b2c3d4e was merged into 5d0c7a3e-8f7e-4c55-9a7e-2f1f0e1f4a10; change the surviving record",
             "mergedInto": "5d0c7a3e-8f7e-4c55-9a7e-2f1f0e1f4a10"}""";

    private Examples() {}
}
