package org.evac.manifest.readmodel;

/** OpenAPI examples of the read-model administration endpoints. */
final class Examples {

    static final String LAG =
            """
            {"consumers":[{"consumer":"flight-manifest-registry","lag":0},
             {"consumer":"flight-manifest-coordination","lag":0}]}""";

    static final String REPLAY =
            """
            {"consumers":[{"consumer":"flight-manifest-registry","lag":1842},
             {"consumer":"flight-manifest-coordination","lag":311}]}""";

    static final String NOT_STARTED =
            """
            {"type":"https://evac.example.org/problems/replay-not-started","title":"Replay not started","status":503,
             "detail":"The read-model consumers did not rewind in time"}""";

    private Examples() {}
}
