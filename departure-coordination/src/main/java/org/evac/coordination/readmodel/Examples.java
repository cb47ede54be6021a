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
    static final String NOT_STARTED =
            """
            {"type":"https://evac.example.org/problems/replay-not-started","title":"Replay not started",
             "status":503,"detail":"The read-model consumers did not rewind in time"}""";

    private Examples() {}
}
