package org.evac.manifest.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * What the registry lets this service know of a person: fingerprints only, never clear names or
 * dates.
 */
@Entity
@Table(name = "registered_person")
public class RegisteredPerson extends PanacheEntityBase {

    @Id
    @Column(name = "person_id")
    public UUID personId;

    @Column(name = "family_name_fp")
    public String familyNameFingerprint;

    @Column(name = "birth_date_fp")
    public String birthDateFingerprint;

    public String status;

    public long version;
}
