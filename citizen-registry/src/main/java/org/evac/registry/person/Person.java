package org.evac.registry.person;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.evac.registry.household.Relationship;
import org.evac.registry.quality.QualityFlag;
import org.hibernate.annotations.OptimisticLock;

@Entity
@Table(name = "person")
public class Person extends PanacheEntityBase {

    @Id public UUID id;
    public String registryNumber;
    public String familyName;
    public String givenNames;
    public String nativeName;

    /** Folded name tokens between spaces, for transliteration-tolerant search. */
    public String nameKey;

    /** ISO date with the precision known: 1985, 1985-03 or 1985-03-12. */
    public String birthDate;

    public String birthDateEvidence;

    @Enumerated(EnumType.STRING)
    public Sex sex;

    @Enumerated(EnumType.STRING)
    public Category category;

    public UUID qualifyingPersonId;
    public String qualifyingName;

    @Enumerated(EnumType.STRING)
    public QualifyingRelationship qualifyingRelationship;

    @Enumerated(EnumType.STRING)
    public Verification verification;

    public String verifiedBy;
    public Instant verifiedAt;
    public String verificationReason;
    public UUID verificationEvidenceId;

    @Enumerated(EnumType.STRING)
    public DepartureWish departureWish;

    @Enumerated(EnumType.STRING)
    public RegistryStatus status;

    public String statusReason;
    public String province;
    public String district;
    public Instant locationConfirmedAt;
    public String preferredLanguage;
    public String bestTimeToCall;
    public UUID householdId;

    @Enumerated(EnumType.STRING)
    public Relationship householdRelationship;

    public Instant lastReachedAt;
    public UUID mergedInto;

    /**
     * The key and scheme of the fingerprints last published for this person; a republish under the
     * same data is no edit of the person.
     */
    @OptimisticLock(excluded = true)
    public String fingerprintKey;

    @OptimisticLock(excluded = true)
    public Integer fingerprintScheme;

    public Instant createdAt;
    public Instant updatedAt;
    @Version public int version;

    @ElementCollection
    @CollectionTable(name = "person_vulnerability", joinColumns = @JoinColumn(name = "person_id"))
    @jakarta.persistence.MapKeyColumn(name = "kind")
    @jakarta.persistence.MapKeyEnumerated(EnumType.STRING)
    @Column(name = "note")
    /**
     * Kind to note; a kind without a note maps to "", since Hibernate drops map entries whose value
     * is null.
     */
    public Map<VulnerabilityKind, String> vulnerabilities = new HashMap<>();

    /** Derived from the rest of the record, so recomputing it is no concurrent edit. */
    @OptimisticLock(excluded = true)
    @ElementCollection
    @CollectionTable(name = "person_quality_flag", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "flag")
    @Enumerated(EnumType.STRING)
    public Set<QualityFlag> qualityFlags = EnumSet.noneOf(QualityFlag.class);

    public static Optional<Person> findByIdOptional(UUID id) {
        return Optional.ofNullable(findById(id));
    }
}
