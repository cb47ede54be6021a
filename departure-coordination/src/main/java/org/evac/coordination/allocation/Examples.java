package org.evac.coordination.allocation;

/** OpenAPI examples of the allocation endpoints. */
final class Examples {

    static final String REQUEST =
            """
            {"flightId":"3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a"}""";
    static final String PLAN =
            """
            {"applied":false,"personsSeated":7,"personsWaiting":5,"personsMoving":3,
             "flights":[{"flightId":"3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a","flightNumber":"QR8101",
               "scheduledDeparture":"2021-08-21T04:00:00Z","seatsForAllocation":8,"planned":7,"free":1}],
             "households":[
              {"householdId":"5f1d2c3b-4a59-4e6f-8a7b-9c0d1e2f3a4b","personIds":["0e8f7a6b-5c4d-4e3f-9a2b-1c0d9e8f7a6b",
                "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d","2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e"],
               "priority":"MEDICAL_OR_UNACCOMPANIED_MINOR","rank":1,"outcome":"ASSIGNED",
               "flights":{"3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a":3},
               "reason":"priority 1 (MEDICAL_OR_UNACCOMPANIED_MINOR): first flight with 3 seats free together"},
              {"householdId":"6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d","personIds":["3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
                "4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a"],"priority":"LPR_HOUSEHOLD","rank":4,"outcome":"UNASSIGNED",
               "flights":{},"reason":"priority 4 (LPR_HOUSEHOLD): 2 seats needed together; the largest free block is 1"}]}""";
    static final String SPLIT =
            """
            {"reason":"adult son travels separately for medical escort"}""";
    static final String NOT_FOUND =
            """
            {"type":"https://evac.example.org/problems/not-found","title":"Not found","status":404,
             "detail":"Flight 3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a does not exist"}""";
    static final String NOT_OPEN =
            """
            {"type":"https://evac.example.org/problems/flight-not-open","title":"Flight not open for seats",
             "status":409,"detail":"Flight 3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a is CANCELLED and takes no new seat assignments"}""";
    static final String NO_BODY =
            """
            {"type":"https://evac.example.org/problems/validation","title":"Invalid request","status":400,
             "detail":"1 field(s) are invalid","errors":[{"field":"request","message":"must not be null"}]}""";
    static final String UNKNOWN_HOUSEHOLD =
            """
            {"type":"https://evac.example.org/problems/not-found","title":"Not found","status":404,
             "detail":"Household 5f1d2c3b-4a59-4e6f-8a7b-9c0d1e2f3a4b does not exist"}""";
    static final String INVALID =
            """
            {"type":"https://evac.example.org/problems/validation","title":"Invalid request","status":400,
             "detail":"The request is invalid","errors":[{"field":"reason","message":"must not be blank"}]}""";

    private Examples() {}
}
