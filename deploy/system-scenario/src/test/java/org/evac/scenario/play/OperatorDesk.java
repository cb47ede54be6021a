package org.evac.scenario.play;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.evac.client.manifest.api.BoardingApi;
import org.evac.client.manifest.api.FlightsApi;
import org.evac.client.manifest.api.ManifestsApi;
import org.evac.client.manifest.api.OperatorsApi;
import org.evac.client.manifest.model.BoardingRequest;
import org.evac.client.manifest.model.CheckReport;
import org.evac.client.manifest.model.Flight;
import org.evac.client.manifest.model.FlightRequest;
import org.evac.client.manifest.model.FlightStatus;
import org.evac.client.manifest.model.ManifestRequest;
import org.evac.client.manifest.model.OperatorRequest;
import org.evac.client.manifest.model.Passenger;
import org.evac.client.manifest.model.StatusChange;
import org.evac.scenario.api.Keys;
import org.evac.scenario.api.ServiceFailure;
import org.evac.scenario.api.Services;
import org.evac.scenario.play.Ledger.Charter;

/** The airline's side in flight-manifest: charters, manifests, boarding, departure, arrival. */
public final class OperatorDesk {

    static final int CHARTERS = 5;
    static final int SEATS = 300;
    static final int RESERVED = 240;

    private final Services services;
    private final Ledger ledger;
    private final Parallel desks;

    public OperatorDesk(Services services, Ledger ledger, Parallel desks) {
        this.services = services;
        this.ledger = ledger;
        this.desks = desks;
    }

    /**
     * Five charters Kabul to Doha, four hours apart from tomorrow, each reserving 240 of its 300
     * seats for coordinated evacuees; their operators file manifests as JSON, CSV or PAXLST.
     */
    public void scheduleCharters() {
        try {
            String key = Keys.fresh();
            services.manifestAdmin()
                    .call(
                            c ->
                                    new OperatorsApi(c)
                                            .registerOperator(
                                                    new OperatorRequest()
                                                            .code(Services.OPERATOR)
                                                            .iataDesignator("QR")
                                                            .icaoDesignator("QTR")
                                                            .name("Qatar Airways charter desk"),
                                                    key));
        } catch (ServiceFailure exists) {
            if (exists.status() != 409) {
                throw exists;
            }
        }
        OffsetDateTime first =
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).truncatedTo(ChronoUnit.HOURS);
        List<ManifestFormat> formats =
                List.of(
                        ManifestFormat.JSON,
                        ManifestFormat.CSV,
                        ManifestFormat.PAXLST,
                        ManifestFormat.JSON,
                        ManifestFormat.PAXLST);
        for (int n = 1; n <= CHARTERS; n++) {
            OffsetDateTime departure = first.plusHours(4L * (n - 1));
            String number = "QR" + (8300 + n);
            String key = Keys.fresh();
            Flight flight =
                    services.operator()
                            .call(
                                    c ->
                                            new FlightsApi(c)
                                                    .scheduleFlight(
                                                            new FlightRequest()
                                                                    .operatorCode(Services.OPERATOR)
                                                                    .flightNumber(number)
                                                                    .originIata("KBL")
                                                                    .destinationIata("DOH")
                                                                    .scheduledDeparture(departure)
                                                                    .scheduledArrival(
                                                                            departure.plusMinutes(
                                                                                    160))
                                                                    .aircraftType("B77W")
                                                                    .seatCapacity(SEATS)
                                                                    .reservedSeats(RESERVED),
                                                            key));
            ledger.charter(new Charter(n, flight.getId(), number, formats.get(n - 1)));
        }
    }

    public Flight flight(Charter charter) {
        return services.operator().call(c -> new FlightsApi(c).getFlight(charter.flightId()));
    }

    /** Files a revision of the charter's manifest in its operator's format; returns the checks. */
    public CheckReport file(Charter charter, List<Passenger> passengers) {
        String key = Keys.fresh();
        return switch (charter.format()) {
            case JSON ->
                    services.operator()
                            .call(
                                    c ->
                                            new ManifestsApi(c)
                                                    .uploadJsonManifest(
                                                            charter.flightId(),
                                                            new ManifestRequest()
                                                                    .passengers(passengers),
                                                            key));
            case CSV -> {
                String body = ManifestWriter.csv(passengers);
                yield services.operator()
                        .call(
                                c ->
                                        new ManifestsApi(c)
                                                .uploadCsvManifest(charter.flightId(), body, key));
            }
            case PAXLST -> {
                String body =
                        ManifestWriter.paxlst(
                                flight(charter), passengers, charter.number() % 2 == 1);
                yield services.operator()
                        .call(
                                c ->
                                        new ManifestsApi(c)
                                                .uploadPaxlstManifest(
                                                        charter.flightId(), body, key));
            }
        };
    }

    public CheckReport latestChecks(Charter charter) {
        return services.operator()
                .call(c -> new ManifestsApi(c).getManifestChecks(charter.flightId(), "latest"));
    }

    public void status(Charter charter, FlightStatus status) {
        String key = Keys.fresh();
        services.operator()
                .call(
                        c ->
                                new FlightsApi(c)
                                        .changeFlightStatus(
                                                charter.flightId(),
                                                new StatusChange().status(status),
                                                key));
    }

    /** At the gate: each line of the latest revision boards, or is recorded as a no-show. */
    public void board(Charter charter, List<Integer> boarding, List<Integer> noShows) {
        desks.forEach(
                boarding,
                line -> {
                    String key = Keys.fresh();
                    services.operator()
                            .call(
                                    c ->
                                            new BoardingApi(c)
                                                    .recordBoarding(
                                                            charter.flightId(),
                                                            new BoardingRequest().lineNumber(line),
                                                            key));
                });
        desks.forEach(
                noShows,
                line -> {
                    String key = Keys.fresh();
                    services.operator()
                            .call(
                                    c ->
                                            new BoardingApi(c)
                                                    .recordNoShow(
                                                            charter.flightId(),
                                                            new BoardingRequest().lineNumber(line),
                                                            key));
                });
    }
}
