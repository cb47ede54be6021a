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
@Table(name = "person_contact")
public class ContactChannel extends PanacheEntityBase {

    @Id public UUID id;
    public UUID personId;

    @Enumerated(EnumType.STRING)
    public ContactKind kind;

    public String value;
    public Instant createdAt;

    public static List<ContactChannel> ofPerson(UUID personId) {
        return list("personId = ?1 order by createdAt, id", personId);
    }
}
