package org.evac.manifest.boarding;

/** OpenAPI examples of the boarding endpoints. */
final class Examples {

    static final String BY_LINE =
            """
            {"lineNumber":1}""";

    static final String BY_DOCUMENT =
            """
            {"documentType":"P","documentIssuingCountry":"AFG","documentNumber":"P01234567"}""";

    static final String BOARDING =
            """
            {"flightId":"5b0f3c1e-8a43-4b55-9d1e-0d6c7c3b2a10","revision":2,"lineNumber":1,
             "personId":"0c9a4a52-2f8e-4c1b-9a51-1d6f1d0e8b11","status":"BOARDED","recordedAt":"2021-08-26T11:41:00Z"}""";

    static final String BOARDINGS = "[" + BOARDING + "]";

    static final String TOTALS =
            """
            {"flightId":"5b0f3c1e-8a43-4b55-9d1e-0d6c7c3b2a10","status":"ARRIVED","revision":2,"manifested":312,
             "boarded":305,"noShow":7,"departed":305,"arrived":305}""";

    static final String INVALID =
            """
            {"type":"https://evac.example.org/problems/validation","title":"Invalid request","status":400,
             "detail":"1 field(s) are invalid","errors":[{"field":"identified",
             "message":"give either lineNumber or documentType, documentIssuingCountry and documentNumber"}]}""";

    static final String NOT_ON_MANIFEST =
            """
            {"type":"https://evac.example.org/problems/not-on-manifest","title":"Passenger not on the manifest",
             "status":409,"detail":"Only passengers on the latest manifest revision (2) can board","revision":2}""";

    private Examples() {}
}
