package org.evac.registry.document;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Entity
@Table(name = "person_document")
public class PersonDocument extends PanacheEntityBase {

    @Id public UUID id;
    public UUID personId;

    @Enumerated(EnumType.STRING)
    public DocumentType type;

    public String issuingCountry;
    public String number;

    /** {@link DocumentNumbers#key}: what makes two documents the same document. */
    public String numberKey;

    public LocalDate expiresOn;
    public String mrz;
    public Instant createdAt;

    public static List<PersonDocument> ofPerson(UUID personId) {
        return list("personId = ?1 order by createdAt, id", personId);
    }

    /** The document registered with this type, country and number, if any. */
    public static Optional<PersonDocument> findSame(
            DocumentType type, String issuingCountry, String numberKey) {
        return find(
                        "type = ?1 and issuingCountry = ?2 and numberKey = ?3",
                        type,
                        issuingCountry,
                        numberKey)
                .firstResultOptional();
    }
}
