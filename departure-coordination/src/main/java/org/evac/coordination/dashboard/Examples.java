package org.evac.coordination.dashboard;

/** OpenAPI examples of the statistics endpoints. */
final class Examples {

    static final String STATISTICS =
            """
            {"generatedAt":"2021-08-21T09:00:00Z",
             "funnel":{"registered":18211,"reached":9120,"offered":4412,"accepted":2960,"seatAssigned":1804,
                       "manifested":1210,"boarded":980,"departed":944,"arrivedDoha":903},
             "departuresPerDay":[{"day":"2021-08-19","persons":412},{"day":"2021-08-20","persons":532}],
             "upcomingFlights":[{"flightId":"3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a","flightNumber":"QR8101",
               "scheduledDeparture":"2021-08-21T14:00:00Z","status":"SCHEDULED","reserved":120,"held":8,
               "assigned":104,"manifested":96,"boarded":0}],
             "provinces":[{"province":"AF-BAL","registered":2104,"accepted":390,"departed":122},
                          {"province":"AF-KAB","registered":11020,"accepted":2100,"departed":760}],
             "waitingSinceAcceptance":{"waiting":1156,"under1Day":310,"from1To3Days":512,"from3To7Days":300,
               "over7Days":34,"longestHours":211}}""";
    static final String STREAM =
            """
            data:{"generatedAt":"2021-08-21T09:00:00Z","funnel":{"registered":18211,"reached":9120,"offered":4412,"accepted":2960,"seatAssigned":1804,"manifested":1210,"boarded":980,"departed":944,"arrivedDoha":903},"departuresPerDay":[],"upcomingFlights":[],"provinces":[],"waitingSinceAcceptance":{"waiting":1156,"under1Day":310,"from1To3Days":512,"from3To7Days":300,"over7Days":34,"longestHours":211}}

            """;

    private Examples() {}
}
