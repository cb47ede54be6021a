package org.evac.manifest.revision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One numbered revision of a flight's manifest; written once, never changed. */
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

    @OneToMany(mappedBy = "revision", cascade = CascadeType.PERSIST)
    @OrderBy("lineNumber")
    public List<PassengerLine> lines = new ArrayList<>();

    public static Optional<ManifestRevision> find(UUID flightId, int revision) {
        return find("flightId = ?1 and revision = ?2", flightId, revision).firstResultOptional();
    }

    public static List<ManifestRevision> ofFlight(UUID flightId) {
        return list("flightId = ?1 order by revision", flightId);
    }
}
