package org.evac.manifest.revision;

/** OpenAPI examples of the manifest endpoints. */
final class Examples {

    static final String JSON_REQUEST =
            """
            {"passengers":[{"familyName":"HAIDARI","givenNames":"AHMAD ZIA","nativeFamilyName":"حیدری",
             "nativeGivenNames":"احمد ضیا","birthDate":"1985-03-12","sex":"M","nationality":"AFG","documentType":"P",
             "documentNumber":"P01234567","documentIssuingCountry":"AFG","documentExpiry":"2026-05-01","seat":"12A",
             "bookingReference":"EVAC42","personId":null}]}""";

    static final String CSV =
            """
            line_number,family_name,given_names,native_family_name,native_given_names,birth_date,sex,nationality,document_type,document_number,document_issuing_country,document_expiry,seat,booking_reference,person_id
            1,HAIDARI,AHMAD ZIA,حیدری,احمد ضیا,1985-03-12,M,AFG,P,P01234567,AFG,2026-05-01,12A,EVAC42,
            """;

    static final String PAXLST =
            """
            UNA:+.? '
            UNB+UNOA:4+QR+EVACAPIS+210826:0900+5B0F3C1E0001'
            UNH+1+PAXLST:D:02B:UN:IATA'
            BGM+745'
            TDT+20+QR8001'
            LOC+125+KBL'
            DTM+189:202108261200:203'
            LOC+87+DOH'
            DTM+232:202108261500:203'
            NAD+FL+++HAIDARI:AHMAD ZIA'
            ATT+2++M'
            DTM+329:19850312:102'
            NAT+2+AFG'
            RFF+AVF:EVAC42'
            RFF+SEA:12A'
            DOC+P:110:111+P01234567'
            DTM+36:20260501:102'
            LOC+91+AFG'
            CNT+42:1'
            UNT+18+1'
            UNZ+1+5B0F3C1E0001'
            """;

    static final String REPORT =
            """
            {"flightId":"5b0f3c1e-8a43-4b55-9d1e-0d6c7c3b2a10","revision":2,"submittedAt":"2021-08-26T11:20:00Z",
             "evaluation":2,"evaluatedAt":"2021-08-26T11:20:04Z","evaluationReason":"SEATS_CHANGED",
             "registryAsOf":"2021-08-26T11:02:13Z","seatsAsOf":"2021-08-26T11:20:03Z",
             "late":false,"passengerCount":1,
             "totals":{"CLEARED":1,"NOT_ALLOCATED":0,"UNREGISTERED":0,"NAME_MISMATCH":0,"DOB_MISMATCH":0,
              "DUPLICATE":0,"DOCUMENT_EXPIRED":0,"OVER_CAPACITY":0,"LATE_MANIFEST":0,"MISSING_ALLOCATED":0},
             "flightResults":[],"missingAllocated":[],
             "passengers":[{"lineNumber":1,"familyName":"HAIDARI","documentType":"P","documentNumber":"P01234567",
              "personId":"0c9a4a52-2f8e-4c1b-9a51-1d6f1d0e8b11","results":["CLEARED"]}]}""";

    static final String EVALUATIONS =
            """
            [{"evaluation":1,"evaluatedAt":"2021-08-26T11:20:00Z","reason":"SUBMITTED",
              "registryAsOf":"2021-08-26T11:02:13Z","seatsAsOf":"2021-08-26T11:19:58Z","late":false,
              "totals":{"CLEARED":0,"NOT_ALLOCATED":1,"UNREGISTERED":0,"NAME_MISMATCH":0,"DOB_MISMATCH":0,
               "DUPLICATE":0,"DOCUMENT_EXPIRED":0,"OVER_CAPACITY":0,"LATE_MANIFEST":0,"MISSING_ALLOCATED":0}},
             {"evaluation":2,"evaluatedAt":"2021-08-26T11:20:04Z","reason":"SEATS_CHANGED",
              "registryAsOf":"2021-08-26T11:02:13Z","seatsAsOf":"2021-08-26T11:20:03Z","late":false,
              "totals":{"CLEARED":1,"NOT_ALLOCATED":0,"UNREGISTERED":0,"NAME_MISMATCH":0,"DOB_MISMATCH":0,
               "DUPLICATE":0,"DOCUMENT_EXPIRED":0,"OVER_CAPACITY":0,"LATE_MANIFEST":0,"MISSING_ALLOCATED":0}}]""";

    static final String MANIFEST =
            """
            {"flightId":"5b0f3c1e-8a43-4b55-9d1e-0d6c7c3b2a10","flightNumber":"QR8001","revision":2,
             "submittedAt":"2021-08-26T11:20:00Z","submittedBy":"qr-ops","sourceFormat":"PAXLST","late":false,
             "passengers":[{"lineNumber":1,"familyName":"HAIDARI","givenNames":"AHMAD ZIA","nativeFamilyName":null,
              "nativeGivenNames":null,"birthDate":"1985-03-12","sex":"M","nationality":"AFG","documentType":"P",
              "documentNumber":"P01234567","documentIssuingCountry":"AFG","documentExpiry":"2026-05-01","seat":"12A",
              "bookingReference":"EVAC42","personId":"0c9a4a52-2f8e-4c1b-9a51-1d6f1d0e8b11","results":["CLEARED"]}]}""";

    static final String REVISIONS =
            """
            [{"revision":1,"submittedAt":"2021-08-26T10:02:00Z","submittedBy":"qr-ops","sourceFormat":"CSV",
              "late":false,"passengerCount":1,"totals":{"CLEARED":0,"UNREGISTERED":1}}]""";

    static final String DIFF =
            """
            {"from":1,"to":2,"added":[],"removed":[],"changed":[{"fromLineNumber":1,"toLineNumber":1,
             "documentType":"P","documentNumber":"P01234567","documentIssuingCountry":"AFG",
             "changes":[{"field":"seat","from":"12A","to":"14C"}]}]}""";

    static final String INVALID =
            """
            {"type":"https://evac.example.org/problems/validation","title":"Invalid request","status":400,
             "detail":"1 passenger field(s) are invalid; nothing was stored",
             "errors":[{"field":"passengers[2].documentNumber","message":"must not be blank"}]}""";

    static final String INVALID_CSV =
            """
            {"type":"https://evac.example.org/problems/validation","title":"Invalid request","status":400,
             "detail":"1 passenger field(s) are invalid; nothing was stored",
             "errors":[{"field":"line 3.documentNumber","message":"1 to 35 letters or digits"}]}""";

    static final String MALFORMED_CSV =
            """
            {"type":"https://evac.example.org/problems/malformed-csv","title":"Malformed CSV manifest","status":400,
             "detail":"line 3: sex 'Q' is not F, M or X; nothing was stored","line":3}""";

    static final String MALFORMED_PAXLST =
            """
            {"type":"https://evac.example.org/problems/malformed-paxlst","title":"Malformed PAXLST message",
             "status":400,"detail":"segment 28 (CNT) at line 28: CNT+42 declares 3 passengers but the message has 2; nothing was stored",
             "segment":"CNT","segmentNumber":28,"line":28,"reason":"CNT+42 declares 3 passengers but the message has 2"}""";

    static final String LOCKED =
            """
            {"type":"https://evac.example.org/problems/manifest-locked","title":"Manifest locked","status":409,
             "detail":"Flight 5b0f3c1e-8a43-4b55-9d1e-0d6c7c3b2a10 is DEPARTED: its manifest takes no more revisions",
             "flightStatus":"DEPARTED"}""";

    static final String WRONG_FLIGHT =
            """
            {"type":"https://evac.example.org/problems/wrong-flight","title":"Manifest of another flight",
             "status":422,"detail":"The PAXLST upload is for flight QR8002, not QR8001; nothing was stored"}""";

    private Examples() {}
}
