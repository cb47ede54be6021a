package org.evac.manifest.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.evac.infrastructure.identity.IdentityFingerprints;

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

    /** The key every fingerprint of this person was made with; see {@link #key()}. */
    @Column(name = "fingerprint_key")
    public String fingerprintKey;

    @Column(name = "fingerprint_scheme")
    public Integer fingerprintScheme;

    public String status;

    public long version;

    /** The key id, {@code k1} for snapshots published before keys had ids. */
    public String key() {
        return fingerprintKey == null ? IdentityFingerprints.FIRST_KEY_ID : fingerprintKey;
    }

    /** The family-name scheme, 1 for snapshots published before schemes had numbers. */
    public int scheme() {
        return fingerprintScheme == null ? 1 : fingerprintScheme;
    }
}
