package org.evac.registry.duplicate;

/** OpenAPI examples of the duplicate endpoints. */
final class Examples {

    static final String INVALID =
            """
            {"type": "https://evac.example.org/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "Invalid request", "errors": [{"field": "mergedId", "message": "must not be null"}]}""";

    static final String CANDIDATES =
            """
            [{"personId": "5d0c7a3e-8f7e-4c55-9a7e-2f1f0e1f4a10", "registryNumber": "EVR-0000042",
              "familyName": "Karimi", "givenNames": "Mohammad Karim", "birthDate": "1980-05-02", "score": 0.72,
              "reasons": ["same names in a different order", "date of birth 1980 compatible with 1980-05-02"],
              "href": "/api/v1/persons/5d0c7a3e-8f7e-4c55-9a7e-2f1f0e1f4a10"}]""";

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
