package org.evac.registry.statistics;

/** OpenAPI examples of the statistics endpoint. */
final class Examples {

    static final String STATISTICS =
            """
            {"total": 48211,
             "byCategory": {"FAMILY_NOT_ELIGIBLE": 6120, "IMMEDIATE_RELATIVE": 15304, "LAWFUL_PERMANENT_RESIDENT": 9870, "US_CITIZEN": 16917},
             "byVerification": {"REJECTED": 412, "UNVERIFIED": 30110, "VERIFIED": 17689},
             "byDepartureWish": {"DOES_NOT_WANT_TO_LEAVE": 903, "UNDECIDED": 2210, "UNKNOWN": 8800, "WANTS_TO_LEAVE": 33118, "WILL_NOT_LEAVE_WITHOUT_FAMILY": 3180},
             "byProvince": {"AF-BAL": 4410, "AF-HER": 3920, "AF-KAB": 28790, "UNKNOWN": 1200},
             "byStatus": {"ACTIVE": 41002, "DEPARTED": 7009, "INACTIVE": 200},
             "byQualityFlag": {"NO_CONTACT_CHANNEL": 1804, "PLACEHOLDER_BIRTH_DATE": 5112},
             "contact": {"windowHours": 72, "reached": 30115, "notReached": 10887},
             "computedAt": "2021-08-25T12:00:00Z"}""";

    private Examples() {}
}
