package org.evac.coordination.readmodel;

/** OpenAPI examples of the read-model administration endpoints. */
final class Examples {

    static final String REPLAY =
            """
            {"consumers":[{"consumer":"coordination-registry-read-model","lag":18211},
                          {"consumer":"coordination-manifest-read-model","lag":412}]}""";
    static final String LAG =
            """
            {"consumers":[{"consumer":"coordination-registry-read-model","lag":0},
                          {"consumer":"coordination-manifest-read-model","lag":0}]}""";
    static final String FORBIDDEN =
            """
            {"type":"https://evac.example.org/problems/forbidden","title":"Forbidden","status":403,
             "detail":"This operation needs another role"}""";

    private Examples() {}
}
