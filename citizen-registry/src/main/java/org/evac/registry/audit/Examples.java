package org.evac.registry.audit;

/** OpenAPI examples of the audit endpoint. */
final class Examples {

    static final String PAGE =
            """
            {"items": [
               {"id": 9121, "at": "2021-08-25T12:01:02Z", "actor": "coordinator-ana", "action": "UPDATE",
                "subjectType": "person", "subjectId": "5d0c7a3e-8f7e-4c55-9a7e-2f1f0e1f4a10",
                "before": "{\\"departureWish\\":\\"UNKNOWN\\"}", "after": "{\\"departureWish\\":\\"WANTS_TO_LEAVE\\"}"},
               {"id": 9120, "at": "2021-08-25T12:00:40Z", "actor": "coordinator-ana", "action": "READ",
                "subjectType": "person", "subjectId": "5d0c7a3e-8f7e-4c55-9a7e-2f1f0e1f4a10"}],
             "page": 0, "size": 50, "total": 2}""";

    static final String INVALID =
            """
            {"type": "https://evac.example.org/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "1 field(s) are invalid", "errors": [{"field": "size", "message": "must be less than or equal to 500"}]}""";

    private Examples() {}
}
