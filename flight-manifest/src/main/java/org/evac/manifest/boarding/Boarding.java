package org.evac.manifest.boarding;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** What happened to one manifested passenger (one travel document) of a flight. */
@Entity
@Table(name = "boarding")
public class Boarding extends PanacheEntityBase {

    @Id public UUID id;

    @Column(name = "flight_id")
    public UUID flightId;

    @Column(name = "document_fingerprint")
    public String documentFingerprint;

    @Column(name = "line_number")
    public int lineNumber;

    public int revision;

    @Column(name = "person_id")
    public UUID personId;

    @Enumerated(EnumType.STRING)
    public BoardingStatus status;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;
}
