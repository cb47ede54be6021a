package org.evac.registry.messaging;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The channel a person asked to be written on first. */
@Entity
@Table(name = "messaging_preference")
public class MessagingPreference extends PanacheEntityBase {

    @Id public UUID personId;

    @Enumerated(EnumType.STRING)
    public MessageChannel channel;

    public Instant updatedAt;
    public String updatedBy;

    public static Optional<MessagingPreference> of(UUID personId) {
        return findByIdOptional(personId);
    }
}
