package org.evac.registry.contact;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "contact_attempt")
public class ContactAttempt extends PanacheEntityBase {

    @Id public UUID id;
    public UUID personId;

    @Enumerated(EnumType.STRING)
    public ContactKind channel;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    public String note;
    public String attemptedBy;
    public Instant attemptedAt;
    public Instant recordedAt;

    public static List<ContactAttempt> ofPerson(UUID personId) {
        return list("personId = ?1 order by attemptedAt desc, id", personId);
    }
}
