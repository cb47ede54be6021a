package org.evac.manifest.flight;

import java.util.Map;
import java.util.Optional;

/**
 * ICAO codes of the airports of the evacuation routes, so that requests may name an airport by IATA
 * code only.
 */
final class Airports {

    private static final Map<String, String> ICAO_BY_IATA =
            Map.ofEntries(
                    Map.entry("KBL", "OAKB"),
                    Map.entry("MZR", "OAMS"),
                    Map.entry("DOH", "OTHH"),
                    Map.entry("IAD", "KIAD"),
                    Map.entry("PHL", "KPHL"),
                    Map.entry("JFK", "KJFK"),
                    Map.entry("ADB", "LTBJ"),
                    Map.entry("RMS", "ETAR"),
                    Map.entry("SIG", "LICZ"),
                    Map.entry("DXB", "OMDB"),
                    Map.entry("AUH", "OMAA"),
                    Map.entry("KWI", "OKBK"),
                    Map.entry("BAH", "OBBI"),
                    Map.entry("ISB", "OPRN"),
                    Map.entry("DUS", "EDDL"));

    private Airports() {}

    static Optional<String> icaoOf(String iata) {
        return Optional.ofNullable(ICAO_BY_IATA.get(iata));
    }
}
