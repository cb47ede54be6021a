package org.evac.manifest.revision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One numbered revision of a flight's manifest. Its lines are stored as submitted and never change;
 * its check results (here and on its lines) are those of the latest evaluation, see {@link
 * ManifestRechecks}.
 */
@Entity
@Table(name = "manifest_revision")
public class ManifestRevision extends PanacheEntityBase {

    @Id public UUID id;

    @Column(name = "flight_id")
    public UUID flightId;

    public int revision;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "source_format")
    public String sourceFormat;

    public boolean late;

    @Column(name = "over_capacity")
    public boolean overCapacity;

    @Column(name = "passenger_count")
    public int passengerCount;

    /** Check totals as {@code RESULT=n,...}. */
    public String totals;

    /** Registry person ids allocated to the flight but not on this revision, comma-separated. */
    @Column(name = "missing_allocated")
    public String missingAllocated;

    /** 1 at submission, then counted up by each evaluation that changed a result. */
    public int evaluation;

    @Column(name = "evaluated_at")
    public Instant evaluatedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "evaluation_reason")
    public EvaluationReason evaluationReason;

    /** Event time of the newest registry event applied when the checks were evaluated. */
    @Column(name = "registry_as_of")
    public Instant registryAsOf;

    /** Event time of the newest seat event applied when the checks were evaluated. */
    @Column(name = "seats_as_of")
    public Instant seatsAsOf;

    @OneToMany(mappedBy = "revision", cascade = CascadeType.PERSIST)
    @OrderBy("lineNumber")
    public List<PassengerLine> lines = new ArrayList<>();

    public static Optional<ManifestRevision> find(UUID flightId, int revision) {
        return find("flightId = ?1 and revision = ?2", flightId, revision).firstResultOptional();
    }

    /** The latest revision of each flight given that is still open for manifests. */
    static List<ManifestRevision> latestOfOpenFlights(java.util.Collection<UUID> flightIds) {
        return list(
                """
                from ManifestRevision r where r.flightId in ?1 and r.revision =
                  (select f.currentRevision from Flight f where f.id = r.flightId
                   and f.status in ?2)""",
                flightIds,
                org.evac.manifest.flight.FlightStatus.OPEN);
    }

    public static List<ManifestRevision> ofFlight(UUID flightId) {
        return list("flightId = ?1 order by revision", flightId);
    }
}
