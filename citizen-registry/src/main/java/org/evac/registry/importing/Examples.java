package org.evac.registry.importing;

/** OpenAPI examples of the import endpoints. */
final class Examples {

    static final String INVALID =
            """
            {"type": "https://evac.example.org/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "Unexpected CSV header", "errors": [{"field": "familyName", "message": "missing"}]}""";

    static final String INVALID_FILTER =
            """
            {"type": "https://evac.example.org/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "Unknown province", "errors": [{"field": "province", "message": "must be an ISO 3166-2:AF province code such as AF-KAB"}]}""";

    static final String CSV =
            """
            familyName,givenNames,nativeName,birthDate,category,province,phone,documentType,documentCountry,documentNumber,documentExpiry,vulnerabilities,sourceReference
            Karimi,Mohammad Karim,محمد کریم کریمی,1980-05-02,US_CITIZEN,AF-KAB,+93701112233,US_PASSPORT,USA,512345678,2030-01-01,MEDICAL:insulin,NGO-17
            """;

    static final String SUMMARY =
            """
            {"id": "d9e8f7a6-b5c4-4d3e-8f2a-1b0c9d8e7f6a", "fileName": "ngo-list.csv", "format": "CSV",
             "source": "PARTNER_NGO_LIST", "fileHash": "3b1f0c9e...", "startedBy": "coordinator-ana",
             "startedAt": "2021-08-19T07:00:00Z", "finishedAt": "2021-08-19T07:00:21Z", "totalRows": 100000,
             "created": 97100, "flagged": 5100, "duplicates": 2500, "invalid": 400, "alreadyImported": false,
             "report": "/api/v1/imports/d9e8f7a6-b5c4-4d3e-8f2a-1b0c9d8e7f6a/report"}""";

    static final String SUMMARY_ALREADY_IMPORTED =
            """
            {"id": "d9e8f7a6-b5c4-4d3e-8f2a-1b0c9d8e7f6a", "fileName": "ngo-list.csv", "format": "CSV",
             "source": "PARTNER_NGO_LIST", "fileHash": "3b1f0c9e...", "startedBy": "coordinator-ana",
             "startedAt": "2021-08-19T07:00:00Z", "finishedAt": "2021-08-19T07:00:21Z", "totalRows": 100000,
             "created": 97100, "flagged": 5100, "duplicates": 2500, "invalid": 400, "alreadyImported": true,
             "report": "/api/v1/imports/d9e8f7a6-b5c4-4d3e-8f2a-1b0c9d8e7f6a/report"}""";

    static final String JSON_LINES =
            """
            {"familyName": "Karimi", "givenNames": "Mohammad Karim", "birthDate": "1980-05-02", "category": "US_CITIZEN", "location": {"province": "AF-KAB"}, "documents": [{"type": "US_PASSPORT", "issuingCountry": "USA", "number": "512345678"}]}
            {"familyName": "Karimi", "givenNames": "Zahra", "birthDate": "1983", "category": "IMMEDIATE_RELATIVE", "qualifyingRelative": {"name": "Mohammad Karim Karimi", "relationship": "SPOUSE"}}
            """;

    static final String REPORT =
            """
            row,outcome,personId,duplicateOf,message
            1,CREATED,5d0c7a3e-8f7e-4c55-9a7e-2f1f0e1f4a10,,
            2,FLAGGED,7e9b1c2d-3f4a-4b5c-8d6e-9f0a1b2c3d4e,,PLACEHOLDER_BIRTH_DATE
            3,INVALID,,,familyName must not be blank
            4,DUPLICATE,,5d0c7a3e-8f7e-4c55-9a7e-2f1f0e1f4a10,document US_PASSPORT already registered
            """;

    static final String EXPORT =
            """
            registryNumber,familyName,givenNames,nativeName,birthDate,birthDateEvidence,sex,category,qualifyingName,qualifyingRelationship,departureWish,province,district,preferredLanguage,phone,email,whatsapp,documentType,documentCountry,documentNumber,documentExpiry,vulnerabilities,sourceReference
            EVR-0000042,Karimi,Mohammad Karim,,1980-05-02,,MALE,US_CITIZEN,,,WANTS_TO_LEAVE,AF-KAB,,fa-AF,+93701112233,,,US_PASSPORT,USA,512345678,2030-01-01,MEDICAL:insulin,
            """;

    private Examples() {}
}
