package org.evac.coordination.journey;

/** OpenAPI examples of the journey endpoints. */
final class Examples {

    static final String JOURNEY =
            """
            {"personId":"0e8f7a6b-5c4d-4e3f-9a2b-1c0d9e8f7a6b","state":"ARRIVED_DOHA",
             "flightId":"3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a","acceptedAt":"2021-08-19T11:02:00Z","next":["ONWARD"],
             "history":[
              {"from":"NOT_OFFERED","to":"OFFERED","at":"2021-08-19T09:30:00Z","actor":"coordinator.kabul",
               "reason":"offer 7b0c3a52-2f8e-4d8e-9a51-0c1e2d3f4a5b by PHONE"},
              {"from":"OFFERED","to":"ACCEPTED","at":"2021-08-19T11:02:00Z","actor":"coordinator.kabul",
               "reason":"accepted offer 7b0c3a52-2f8e-4d8e-9a51-0c1e2d3f4a5b"},
              {"from":"ACCEPTED","to":"SEAT_ASSIGNED","flightId":"3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a",
               "at":"2021-08-19T12:00:00Z","actor":"coordinator.doha",
               "reason":"priority 3 (US_CITIZEN_HOUSEHOLD): first flight with 4 seats free together"},
              {"from":"DEPARTED","to":"ARRIVED_DOHA","flightId":"3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a",
               "at":"2021-08-21T07:10:00Z","actor":"flight-manifest","reason":"arrived in Doha",
               "sourceEvent":"org.evac.manifest.flight.arrived.v1 1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9"}]}""";
    static final String TRANSITION =
            """
            {"to":"ONWARD","reason":"onward to Dulles, confirmed by Doha desk","onwardFlight":"QR707"}""";
    static final String ILLEGAL =
            """
            {"type":"https://evac.example.org/problems/illegal-journey-transition","title":"Illegal journey transition",
             "status":409,"detail":"A journey in state ACCEPTED cannot move to BOARDED",
             "personId":"0e8f7a6b-5c4d-4e3f-9a2b-1c0d9e8f7a6b","state":"ACCEPTED","allowed":["SEAT_ASSIGNED"]}""";
    static final String NOT_MANUAL =
            """
            {"type":"https://evac.example.org/problems/step-not-manual","title":"Step not recorded by hand",
             "status":409,"detail":"SEAT_ASSIGNED is set through offers or seat allocation"}""";
    static final String INVALID =
            """
            {"type":"https://evac.example.org/problems/validation","title":"Invalid request","status":400,
             "detail":"The request is invalid","errors":[{"field":"reason","message":"must not be blank"}]}""";

    private Examples() {}
}
