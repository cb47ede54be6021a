package org.evac.manifest.revision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.evac.manifest.submission.Passenger;
import org.evac.manifest.submission.Sex;

@Entity
@Table(name = "passenger_line")
public class PassengerLine extends PanacheEntityBase {

    @Id public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "revision_id")
    public ManifestRevision revision;

    @Column(name = "line_number")
    public int lineNumber;

    @Column(name = "family_name")
    public String familyName;

    @Column(name = "given_names")
    public String givenNames;

    @Column(name = "native_family_name")
    public String nativeFamilyName;

    @Column(name = "native_given_names")
    public String nativeGivenNames;

    @Column(name = "birth_date")
    public String birthDate;

    @Enumerated(EnumType.STRING)
    public Sex sex;

    public String nationality;

    @Column(name = "document_type")
    public String documentType;

    @Column(name = "document_number")
    public String documentNumber;

    @Column(name = "document_issuing_country")
    public String documentIssuingCountry;

    @Column(name = "document_expiry")
    public LocalDate documentExpiry;

    public String seat;

    @Column(name = "booking_reference")
    public String bookingReference;

    @Column(name = "person_id")
    public UUID personId;

    @Column(name = "document_fingerprint")
    public String documentFingerprint;

    /** Check results, comma-separated. */
    public String findings;

    public Passenger passenger() {
        return new Passenger(
                familyName,
                givenNames,
                nativeFamilyName,
                nativeGivenNames,
                birthDate,
                sex,
                nationality,
                documentType,
                documentNumber,
                documentIssuingCountry,
                documentExpiry,
                seat,
                bookingReference,
                personId);
    }
}
