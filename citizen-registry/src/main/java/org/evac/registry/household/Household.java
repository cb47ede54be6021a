package org.evac.registry.household;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** The people who travel together; members point to it from their person record. */
@Entity
@Table(name = "household")
public class Household extends PanacheEntityBase {

    @Id public UUID id;
    public UUID headPersonId;
    public Instant createdAt;
    public Instant updatedAt;
    @Version public int version;
}
