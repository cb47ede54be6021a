package org.evac.manifest.flight;

/** OpenAPI examples of the flight endpoints. */
final class Examples {

    static final String FLIGHT_REQUEST =
            """
            {"operatorCode":"QR","flightNumber":"QR8001","originIata":"KBL","destinationIata":"DOH",
             "scheduledDeparture":"2021-08-26T12:00:00Z","scheduledArrival":"2021-08-26T15:00:00Z",
             "aircraftType":"C17","seatCapacity":300,"reservedSeats":120}""";

    static final String FLIGHT =
            """
            {"id":"5b0f3c1e-8a43-4b55-9d1e-0d6c7c3b2a10","operatorCode":"QR","flightNumber":"QR8001",
             "originIata":"KBL","originIcao":"OAKB","destinationIata":"DOH","destinationIcao":"OTHH",
             "scheduledDeparture":"2021-08-26T12:00:00Z","scheduledArrival":"2021-08-26T15:00:00Z",
             "actualDeparture":null,"actualArrival":null,"aircraftType":"C17","seatCapacity":300,
             "reservedSeats":120,"status":"SCHEDULED","currentRevision":0}""";

    static final String PAGE = "{\"items\":[" + FLIGHT + "],\"total\":1,\"page\":0,\"size\":50}";

    static final String STATUS_CHANGE =
            """
            {"status":"DEPARTED","at":"2021-08-26T12:07:00Z"}""";

    static final String INVALID =
            """
            {"type":"https://evac.example.org/problems/validation","title":"Invalid request","status":400,
             "detail":"1 field(s) are invalid","errors":[{"field":"flightNumber","message":"designator and number, e.g. QR8001"}]}""";

    static final String ILLEGAL_TRANSITION =
            """
            {"type":"https://evac.example.org/problems/illegal-transition","title":"Illegal status transition",
             "status":409,"detail":"Flight 5b0f3c1e-8a43-4b55-9d1e-0d6c7c3b2a10 cannot go from SCHEDULED to ARRIVED",
             "from":"SCHEDULED","to":"ARRIVED","allowed":["BOARDING","CANCELLED","DELAYED"]}""";

    static final String CLOSED =
            """
            {"type":"https://evac.example.org/problems/flight-closed","title":"Flight closed","status":409,
             "detail":"Flight 5b0f3c1e-8a43-4b55-9d1e-0d6c7c3b2a10 is DEPARTED and can no longer change"}""";

    static final String EXISTS =
            """
            {"type":"https://evac.example.org/problems/flight-exists","title":"Flight exists","status":409,
             "detail":"Operator QR already has flight QR8001 departing 2021-08-26T12:00:00Z"}""";

    private Examples() {}
}
