package org.evac.coordination.flight;

/** OpenAPI examples of the flight seat endpoint. */
final class Examples {

    static final String SEATS =
            """
            {"flightId":"3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a","flightNumber":"QR8101",
             "scheduledDeparture":"2021-08-21T14:00:00Z","status":"SCHEDULED","reserved":120,"held":8,"occupied":104,
             "available":8}""";

    private Examples() {}
}
