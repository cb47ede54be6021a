package org.evac.registry.person;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Provenance: one source (list, form, call, import row) that mentioned the person. */
@Entity
@Table(name = "person_source")
public class PersonSource extends PanacheEntityBase {

    @Id public UUID id;
    public UUID personId;

    @Enumerated(EnumType.STRING)
    public SourceKind source;

    public String reference;
    public LocalDate receivedOn;
    public UUID importId;
    public Integer rowNumber;
    public Instant createdAt;

    public static List<PersonSource> ofPerson(UUID personId) {
        return list("personId = ?1 order by createdAt, id", personId);
    }
}
