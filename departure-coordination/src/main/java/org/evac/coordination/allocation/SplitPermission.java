package org.evac.coordination.allocation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A coordinator's explicit permission to seat one household on more than one flight. */
@Entity
@Table(name = "split_permission")
public class SplitPermission extends PanacheEntityBase {

    @Id
    @Column(name = "household_id")
    public UUID householdId;

    @Column(name = "allowed_by")
    public String allowedBy;

    @Column(name = "allowed_at")
    public OffsetDateTime allowedAt;

    public String reason;
}
