package org.evac.coordination.campaign;

/** OpenAPI examples of the campaign endpoints. */
final class Examples {

    static final String REQUEST =
            """
            {"channel":"SMS","respondBy":"2021-08-21T06:00:00Z","province":"AF-KAB","category":"US_CITIZEN"}""";
    static final String RESULT =
            """
            {"campaignId":"9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a","province":"AF-KAB","category":"US_CITIZEN",
             "offersMade":44,"householdOffers":31,"individualOffers":13,"personsOffered":118,"alreadyOpen":6,
             "createdAt":"2021-08-20T06:00:00Z","createdBy":"coordinator.doha"}""";
    static final String INVALID =
            """
            {"type":"https://evac.example.org/problems/validation","title":"Invalid request","status":400,
             "detail":"The request is invalid",
             "errors":[{"field":"province","message":"must be an ISO 3166-2:AF province code such as AF-KAB"}]}""";

    private Examples() {}
}
