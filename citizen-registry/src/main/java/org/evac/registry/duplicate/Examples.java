package org.evac.registry.duplicate;

/** OpenAPI examples of the duplicate endpoints. */
final class Examples {

    static final String INVALID =
            """
            {"type": "https://evac.example.org/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "Invalid request", "errors": [{"field": "mergedId", "message": "must not be null"}]}""";

    private static final String FACTORS =
            """
            [{"factor": "GIVEN_NAME", "weight": 2.2, "detail": "given name Mohammad ~ Muhammad (similarity 0.89, name weight 2.2)"},
             {"factor": "GIVEN_NAME", "weight": 6.8, "detail": "given name Karim = Karim (similarity 1.00, name weight 6.8)"},
             {"factor": "FAMILY_NAME", "weight": 6.8, "detail": "family name Karimi = Karimi (similarity 1.00, name weight 6.8)"},
             {"factor": "BIRTH_DATE", "weight": 3.0, "detail": "born in the same year (1980-05-02 / 1980)"}]""";

    private static final String REASONS =
            """
            ["given name Mohammad ~ Muhammad (similarity 0.89, name weight 2.2): +2.2",
             "given name Karim = Karim (similarity 1.00, name weight 6.8): +6.8",
             "family name Karimi = Karimi (similarity 1.00, name weight 6.8): +6.8",
             "born in the same year (1980-05-02 / 1980): +3.0"]""";

    static final String CANDIDATES =
            """
            [{"personId": "5d0c7a3e-8f7e-4c55-9a7e-2f1f0e1f4a10", "registryNumber": "EVR-0000042",
              "familyName": "Karimi", "givenNames": "Mohammad Karim", "birthDate": "1980-05-02", "score": 0.87,
              "band": "LIKELY", "weight": 18.8, "reasons":\s"""
                    + REASONS
                    + ", \"factors\": "
                    + FACTORS
                    + """
            , "href": "/api/v1/persons/5d0c7a3e-8f7e-4c55-9a7e-2f1f0e1f4a10"}]""";

    private static final String SUMMARY_FIRST =
            """
            {"id": "5d0c7a3e-8f7e-4c55-9a7e-2f1f0e1f4a10", "registryNumber": "EVR-0000042", "familyName": "Karimi",
             "givenNames": "Mohammad Karim", "birthDate": "1980-05-02", "category": "US_CITIZEN",
             "verification": "UNVERIFIED", "departureWish": "WANTS_TO_LEAVE", "status": "ACTIVE", "province": "AF-KAB",
             "qualityFlags": [], "version": 2}""";

    private static final String SUMMARY_SECOND =
            """
            {"id": "7e9b1c2d-3f4a-4b5c-8d6e-9f0a1b2c3d4e", "registryNumber": "EVR-0000917", "familyName": "Karimi",
             "givenNames": "Karim Muhammad", "birthDate": "1980", "category": "US_CITIZEN",
             "verification": "UNVERIFIED", "departureWish": "UNKNOWN", "status": "ACTIVE",
             "qualityFlags": ["NO_DOCUMENT"], "version": 0}""";

    static final String REVIEW =
            """
            {"id": "0190f3a2-7b4c-7d5e-8f6a-1b2c3d4e5f60", "status": "OPEN", "band": "POSSIBLE", "score": 0.87,
             "weight": 18.8, "foundBy": "IMPORT", "foundAt": "2021-08-27T09:14:03Z", "reasons":\s"""
                    + REASONS
                    + ", \"factors\": "
                    + FACTORS
                    + ", \"first\": "
                    + SUMMARY_FIRST
                    + ", \"second\": "
                    + SUMMARY_SECOND
                    + """
            , "href": "/api/v1/duplicate-reviews/0190f3a2-7b4c-7d5e-8f6a-1b2c3d4e5f60"}""";

    static final String REVIEW_PAGE =
            "{\"items\": [" + REVIEW + "], \"page\": 0, \"size\": 50, \"total\": 1}";

    static final String SAME =
            """
            {"survivorId": "5d0c7a3e-8f7e-4c55-9a7e-2f1f0e1f4a10", "reason": "same passport photo and phone"}""";

    static final String DIFFERENT =
            """
            {"reason": "cousins: different fathers on the tazkira"}""";

    static final String SWEEP =
            """
            {"changedSince": "2021-08-27T00:00:00Z"}""";

    static final String SWEEP_RESULT =
            """
            {"persons": 1250, "queued": 7}""";

    static final String DECIDED =
            """
            {"type": "https://evac.example.org/problems/review-decided", "title": "Pair already decided",
             "status": 409, "detail": "This pair was decided DIFFERENT already", "decision": "DIFFERENT"}""";

    static final String CHECK =
            """
            {"familyName": "Karimi", "givenNames": "Karim Muhammad", "birthDate": "1980", "category": "US_CITIZEN"}""";

    static final String MERGE =
            """
            {"mergedId": "7e9b1c2d-3f4a-4b5c-8d6e-9f0a1b2c3d4e", "reason": "same passport seen at the gate"}""";

    static final String SURVIVOR =
            """
            {"id": "5d0c7a3e-8f7e-4c55-9a7e-2f1f0e1f4a10", "registryNumber": "EVR-0000042", "familyName": "Karimi",
             "givenNames": "Mohammad Karim", "birthDate": "1980-05-02", "category": "US_CITIZEN",
             "verification": {"state": "UNVERIFIED"}, "departureWish": "WANTS_TO_LEAVE", "status": "ACTIVE",
             "vulnerabilities": [], "qualityFlags": [], "documents": [], "contacts": [], "sources": [
               {"id": "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e", "source": "STEP_ENROLMENT"},
               {"id": "c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f", "source": "CONGRESSIONAL_LIST", "reference": "HFAC-88"}],
             "version": 3}""";

    static final String CONFLICT =
            """
            {"type": "https://evac.example.org/problems/households-differ", "title": "Both persons head different households",
             "status": 409, "detail": "The two records belong to different households; move the members first, then merge"}""";

    private Examples() {}
}
