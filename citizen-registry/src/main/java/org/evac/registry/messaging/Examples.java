package org.evac.registry.messaging;

/** OpenAPI examples of the messaging endpoints. */
final class Examples {

    static final String MESSAGE =
            """
            {"id": "0191c2a4-6b1e-7c3d-9e8f-1a2b3c4d5e6f", "personId": "5d0c7a3e-8f7e-4c55-9a7e-2f1f0e1f4a10",
             "kind": "OFFER_MADE", "channel": "SMS", "address": "+93701234567", "language": "fa-AF",
             "offerId": "7b0c3a52-2f8e-4d8e-9a51-0c1e2d3f4a5b", "status": "DELIVERED",
             "text": "تیم تخلیه: به شما و خانواده تان (3 نفر) رفتن از کابل به دوحه با پرواز چارتر پیشنهاد می‌شود.",
             "attempts": 1, "createdAt": "2021-08-19T09:30:00Z", "submittedAt": "2021-08-19T09:30:01Z",
             "finishedAt": "2021-08-19T09:30:09Z"}""";

    static final String MESSAGES = "[" + MESSAGE + "]";

    static final String SETTINGS =
            """
            {"personId": "5d0c7a3e-8f7e-4c55-9a7e-2f1f0e1f4a10", "preferredChannel": "SMS", "language": "fa-AF",
             "addresses": [{"channel": "SMS", "address": "+93701234567"}, {"channel": "EMAIL", "address": "gulalai@example.org"}],
             "optedOut": []}""";

    static final String PREFERENCE =
            """
            {"preferredChannel": "EMAIL"}""";

    static final String PERSON_NOT_FOUND =
            """
            {"type": "https://evac.example.org/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Person 5d0c7a3e-8f7e-4c55-9a7e-2f1f0e1f4a10 does not exist"}""";

    static final String MESSAGE_NOT_FOUND =
            """
            {"type": "https://evac.example.org/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Message 0191c2a4-6b1e-7c3d-9e8f-1a2b3c4d5e6f does not exist"}""";

    static final String MERGED =
            """
            {"type": "https://evac.example.org/problems/person-merged", "title": "Person merged", "status": 409,
             "detail": "Person 7e9b1c2d-3f4a-4b5c-8d6e-9f0a1b2c3d4e was merged into 5d0c7a3e-8f7e-4c55-9a7e-2f1f0e1f4a10; change the surviving record",
             "mergedInto": "5d0c7a3e-8f7e-4c55-9a7e-2f1f0e1f4a10"}""";

    private Examples() {}
}
