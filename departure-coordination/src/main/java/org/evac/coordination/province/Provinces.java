package org.evac.coordination.province;

import java.util.List;

/**
 * The 34 provinces of Afghanistan as ISO 3166-2:AF codes: this service's own record of the closed
 * set the registry validates person locations against. The one list the campaign filter is checked
 * against and the OpenAPI enumerations are filled from.
 */
public final class Provinces {

    public static final List<String> CODES =
            List.of(
                    "AF-BAL", "AF-BAM", "AF-BDG", "AF-BDS", "AF-BGL", "AF-DAY", "AF-FRA", "AF-FYB",
                    "AF-GHA", "AF-GHO", "AF-HEL", "AF-HER", "AF-JOW", "AF-KAB", "AF-KAN", "AF-KAP",
                    "AF-KDZ", "AF-KHO", "AF-KNR", "AF-LAG", "AF-LOG", "AF-NAN", "AF-NIM", "AF-NUR",
                    "AF-PAN", "AF-PAR", "AF-PIA", "AF-PKA", "AF-SAM", "AF-SAR", "AF-TAK", "AF-URU",
                    "AF-WAR", "AF-ZAB");

    /** What the statistics count persons under when the registry knows no province for them. */
    public static final String UNKNOWN = "UNKNOWN";

    private Provinces() {}
}
