package org.evac.registry.quality;

import java.util.Set;

/** The 34 provinces of Afghanistan as ISO 3166-2:AF codes. */
public final class Provinces {

    public static final Set<String> CODES =
            Set.of(
                    "AF-BAL", "AF-BAM", "AF-BDG", "AF-BDS", "AF-BGL", "AF-DAY", "AF-FRA", "AF-FYB",
                    "AF-GHA", "AF-GHO", "AF-HEL", "AF-HER", "AF-JOW", "AF-KAB", "AF-KAN", "AF-KAP",
                    "AF-KDZ", "AF-KHO", "AF-KNR", "AF-LAG", "AF-LOG", "AF-NAN", "AF-NIM", "AF-NUR",
                    "AF-PAN", "AF-PAR", "AF-PIA", "AF-PKA", "AF-SAM", "AF-SAR", "AF-TAK", "AF-URU",
                    "AF-WAR", "AF-ZAB");

    private Provinces() {}
}
