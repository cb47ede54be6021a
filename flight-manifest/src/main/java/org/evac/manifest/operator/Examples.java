package org.evac.manifest.operator;

/** OpenAPI examples of the operator endpoints. */
final class Examples {

    static final String OPERATOR =
            """
            {"code":"QR","iataDesignator":"QR","icaoDesignator":"QTR","name":"Qatar Airways charter desk",
             "contactName":"Operations control","contactEmail":"occ@example.org","contactPhone":"+974 4000 0000"}""";

    static final String OPERATORS = "[" + OPERATOR + "]";

    static final String INVALID =
            """
            {"type":"https://evac.example.org/problems/validation","title":"Invalid request","status":400,
             "detail":"1 field(s) are invalid","errors":[{"field":"code","message":"2 to 8 upper-case letters or digits"}]}""";

    static final String NOT_FOUND =
            """
            {"type":"https://evac.example.org/problems/not-found","title":"Not found","status":404,
             "detail":"Operator XX does not exist"}""";

    static final String EXISTS =
            """
            {"type":"https://evac.example.org/problems/operator-exists","title":"Operator exists","status":409,
             "detail":"Operator QR is already registered","code":"QR"}""";

    static final String UNAUTHENTICATED =
            """
            {"type":"https://evac.example.org/problems/unauthenticated","title":"Authentication required","status":401,
             "detail":"A valid bearer token is required"}""";

    static final String FORBIDDEN =
            """
            {"type":"https://evac.example.org/problems/forbidden","title":"Forbidden","status":403,
             "detail":"Your role does not allow this operation"}""";

    private Examples() {}
}
