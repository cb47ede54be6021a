package org.evac.manifest.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.List;

@Entity
@Table(name = "registered_document")
public class RegisteredDocument extends PanacheEntityBase {

    @Id public String fingerprint;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    public RegisteredPerson person;

    /** The documents among these fingerprints, with their persons loaded. */
    public static List<RegisteredDocument> matching(Collection<String> fingerprints) {
        return find(
                        "from RegisteredDocument d join fetch d.person where d.fingerprint in ?1",
                        fingerprints)
                .list();
    }
}
