package org.evac.registry.household;

/** OpenAPI examples of the household endpoints. */
final class Examples {

    static final String INVALID =
            """
            {"type": "https://evac.example.org/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "A household has one head", "errors": [{"field": "members[0].relationship", "message": "HEAD is given by headPersonId or by changing the head"}]}""";

    static final String NOT_FOUND =
            """
            {"type": "https://evac.example.org/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Household 5d0c7a3e-8f7e-4c55-9a7e-2f1f0e1f4a10 does not exist"}""";

    static final String PERSON_NOT_FOUND =
            """
            {"type": "https://evac.example.org/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Person 7e9b1c2d-3f4a-4b5c-8d6e-9f0a1b2c3d4e does not exist"}""";

    static final String MEMBER_NOT_FOUND =
            """
            {"type": "https://evac.example.org/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Member 7e9b1c2d-3f4a-4b5c-8d6e-9f0a1b2c3d4e of household 5d0c7a3e-8f7e-4c55-9a7e-2f1f0e1f4a10 does not exist"}""";

    static final String CREATE =
            """
            {"headPersonId": "5d0c7a3e-8f7e-4c55-9a7e-2f1f0e1f4a10",
             "members": [{"personId": "7e9b1c2d-3f4a-4b5c-8d6e-9f0a1b2c3d4e", "relationship": "SPOUSE"}]}""";

    static final String MEMBER =
            """
            {"personId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "relationship": "CHILD"}""";

    static final String CHANGE_HEAD =
            """
            {"personId": "7e9b1c2d-3f4a-4b5c-8d6e-9f0a1b2c3d4e", "previousHeadBecomes": "SPOUSE"}""";

    static final String HOUSEHOLD =
            """
            {"id": "e1d2c3b4-a596-4877-8695-a4b3c2d1e0f9", "headPersonId": "5d0c7a3e-8f7e-4c55-9a7e-2f1f0e1f4a10",
             "members": [
               {"personId": "5d0c7a3e-8f7e-4c55-9a7e-2f1f0e1f4a10", "registryNumber": "EVR-0000042", "familyName": "Ahmadi",
                "givenNames": "Zahra", "category": "US_CITIZEN", "relationship": "HEAD"},
               {"personId": "7e9b1c2d-3f4a-4b5c-8d6e-9f0a1b2c3d4e", "registryNumber": "EVR-0000043", "familyName": "Ahmadi",
                "givenNames": "Mohammad Karim", "category": "IMMEDIATE_RELATIVE", "relationship": "SPOUSE"}],
             "version": 0}""";

    static final String CONFLICT =
            """
            {"type": "https://evac.example.org/problems/already-in-household", "title": "Already in a household",
             "status": 409, "detail": "Person 7e9b1c2d-3f4a-4b5c-8d6e-9f0a1b2c3d4e belongs to household e1d2c3b4-a596-4877-8695-a4b3c2d1e0f9; remove them there first",
             "householdId": "e1d2c3b4-a596-4877-8695-a4b3c2d1e0f9"}""";

    private Examples() {}
}
