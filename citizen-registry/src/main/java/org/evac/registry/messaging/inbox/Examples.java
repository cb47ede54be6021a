package org.evac.registry.messaging.inbox;

/** OpenAPI examples of the inbox endpoints. */
final class Examples {

    static final String ITEM =
            """
            {"id": "0191c2b8-1f2e-7a3b-8c4d-5e6f7a8b9c0d", "channel": "SMS", "from": "+93701234567",
             "personId": "5d0c7a3e-8f7e-4c55-9a7e-2f1f0e1f4a10", "text": "بلی ولی مادرم مریض است",
             "intent": "UNPARSED", "status": "OPEN", "note": "not an answer to the offer",
             "receivedAt": "2021-08-19T10:12:00Z"}""";

    static final String RESOLVED =
            """
            {"id": "0191c2b8-1f2e-7a3b-8c4d-5e6f7a8b9c0d", "channel": "SMS", "from": "+93701234567",
             "personId": "5d0c7a3e-8f7e-4c55-9a7e-2f1f0e1f4a10", "text": "بلی ولی مادرم مریض است",
             "intent": "UNPARSED", "status": "RESOLVED", "note": "not an answer to the offer",
             "receivedAt": "2021-08-19T10:12:00Z", "resolvedBy": "coordinator-ana",
             "resolvedAt": "2021-08-19T10:40:00Z", "resolution": "called back; medical escort arranged"}""";

    static final String PAGE =
            "{\"items\": [" + ITEM + "], \"total\": 1, \"page\": 0, \"size\": 20}";

    static final String ANSWER =
            """
            {"text": "We will call you today about your mother."}""";

    static final String RESOLUTION =
            """
            {"resolution": "called back; medical escort arranged"}""";

    static final String ANSWER_SENT =
            """
            {"id": "0191c2c0-2a3b-7c4d-9e5f-6a7b8c9d0e1f", "personId": "5d0c7a3e-8f7e-4c55-9a7e-2f1f0e1f4a10",
             "kind": "COORDINATOR_ANSWER", "channel": "SMS", "address": "+93701234567", "language": "fa-AF",
             "status": "QUEUED", "text": "تیم تخلیه: We will call you today about your mother.", "attempts": 0,
             "createdAt": "2021-08-19T10:20:00Z"}""";

    static final String NOT_FOUND =
            """
            {"type": "https://evac.example.org/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Inbox message 0191c2b8-1f2e-7a3b-8c4d-5e6f7a8b9c0d does not exist"}""";

    static final String ALREADY_RESOLVED =
            """
            {"type": "https://evac.example.org/problems/inbox-message-resolved", "title": "Inbox message resolved",
             "status": 409, "detail": "Inbox message 0191c2b8-1f2e-7a3b-8c4d-5e6f7a8b9c0d was resolved already",
             "resolvedBy": "coordinator-ana"}""";

    static final String OPTED_OUT =
            """
            {"type": "https://evac.example.org/problems/opted-out", "title": "Opted out", "status": 409,
             "detail": "The number of inbox message 0191c2b8-1f2e-7a3b-8c4d-5e6f7a8b9c0d asked for no more messages (STOP)"}""";

    static final String INVALID =
            """
            {"type": "https://evac.example.org/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "The request is invalid", "errors": [{"field": "text", "message": "must not be blank"}]}""";

    private Examples() {}
}
