package org.evac.coordination.offer;

/** OpenAPI examples of the offer endpoints. */
final class Examples {

    static final String OFFER =
            """
            {"offerId":"7b0c3a52-2f8e-4d8e-9a51-0c1e2d3f4a5b","householdId":"5f1d2c3b-4a59-4e6f-8a7b-9c0d1e2f3a4b",
             "personIds":["0e8f7a6b-5c4d-4e3f-9a2b-1c0d9e8f7a6b","1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"],
             "stayingBehindIds":[],"channel":"PHONE","respondBy":"2021-08-20T18:00:00Z",
             "holdFlightId":"3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a","status":"OFFERED","replyCode":"482913",
             "createdAt":"2021-08-19T09:30:00Z",
             "createdBy":"coordinator.kabul"}""";
    static final String ACCEPTED =
            """
            {"offerId":"7b0c3a52-2f8e-4d8e-9a51-0c1e2d3f4a5b","householdId":"5f1d2c3b-4a59-4e6f-8a7b-9c0d1e2f3a4b",
             "personIds":["0e8f7a6b-5c4d-4e3f-9a2b-1c0d9e8f7a6b","1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"],
             "stayingBehindIds":["1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"],"channel":"PHONE",
             "respondBy":"2021-08-20T18:00:00Z","status":"ACCEPTED","replyCode":"482913","createdAt":"2021-08-19T09:30:00Z",
             "createdBy":"coordinator.kabul","decidedAt":"2021-08-19T11:02:00Z","decidedBy":"reply"}""";
    static final String DECLINED =
            """
            {"offerId":"7b0c3a52-2f8e-4d8e-9a51-0c1e2d3f4a5b","personIds":["0e8f7a6b-5c4d-4e3f-9a2b-1c0d9e8f7a6b"],
             "stayingBehindIds":[],"channel":"SMS","respondBy":"2021-08-20T18:00:00Z","status":"DECLINED",
             "declineReason":"WILL_NOT_LEAVE_WITHOUT_NON_ELIGIBLE_FAMILY","note":"parents not eligible",
             "createdAt":"2021-08-19T09:30:00Z","createdBy":"coordinator.kabul","decidedAt":"2021-08-19T12:00:00Z",
             "decidedBy":"coordinator.kabul"}""";
    static final String WITHDRAWN =
            """
            {"offerId":"7b0c3a52-2f8e-4d8e-9a51-0c1e2d3f4a5b","personIds":["0e8f7a6b-5c4d-4e3f-9a2b-1c0d9e8f7a6b"],
             "stayingBehindIds":[],"channel":"PHONE","respondBy":"2021-08-20T18:00:00Z","status":"WITHDRAWN",
             "note":"gate closed","createdAt":"2021-08-19T09:30:00Z","createdBy":"coordinator.kabul",
             "decidedAt":"2021-08-19T13:00:00Z","decidedBy":"coordinator.kabul"}""";
    static final String PAGE =
            """
            {"items":[{"offerId":"7b0c3a52-2f8e-4d8e-9a51-0c1e2d3f4a5b","personIds":["0e8f7a6b-5c4d-4e3f-9a2b-1c0d9e8f7a6b"],
              "stayingBehindIds":[],"channel":"PHONE","respondBy":"2021-08-20T18:00:00Z","status":"EXPIRED",
              "createdAt":"2021-08-19T09:30:00Z","createdBy":"coordinator.kabul","decidedAt":"2021-08-20T18:00:03Z",
              "decidedBy":"system:offer-expiry"}],"total":1,"page":0,"size":20}""";
    static final String INVALID =
            """
            {"type":"https://evac.example.org/problems/validation","title":"Invalid request","status":400,
             "detail":"The request is invalid","errors":[{"field":"respondBy","message":"must be a future date"}]}""";
    static final String NOT_FOUND =
            """
            {"type":"https://evac.example.org/problems/not-found","title":"Not found","status":404,
             "detail":"Offer 7b0c3a52-2f8e-4d8e-9a51-0c1e2d3f4a5b does not exist"}""";
    static final String NOT_ENOUGH_SEATS =
            """
            {"type":"https://evac.example.org/problems/not-enough-seats","title":"Not enough seats","status":409,
             "detail":"Flight 3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a has 1 free reserved seats; the offer needs 4",
             "available":1}""";
    static final String CLOSED =
            """
            {"type":"https://evac.example.org/problems/offer-closed","title":"Offer closed","status":409,
             "detail":"Offer 7b0c3a52-2f8e-4d8e-9a51-0c1e2d3f4a5b is EXPIRED and can no longer change",
             "offerStatus":"EXPIRED"}""";

    private Examples() {}
}
