package org.evac.manifest.operator;

/** OpenAPI examples of the operator endpoints. */
final class Examples {

    static final String OPERATOR =
            """
            {"code":"QR","iataDesignator":"QR","icaoDesignator":"QTR","name":"Qatar Airways charter desk",
             "contactName":"Operations control","contactEmail":"occ@example.org","contactPhone":"+974 4000 0000"}""";

    static final String OPERATOR_REQUEST = OPERATOR;

    static final String OPERATORS = "[" + OPERATOR + "]";

    static final String INVALID =
            """
            {"type":"https://evac.example.org/problems/validation","title":"Invalid request","status":400,
             "detail":"1 field(s) are invalid","errors":[{"field":"code","message":"2 to 8 upper-case letters or digits"}]}""";

    static final String EXISTS =
            """
            {"type":"https://evac.example.org/problems/operator-exists","title":"Operator exists","status":409,
             "detail":"Operator QR is already registered","code":"QR"}""";

    private Examples() {}
}
