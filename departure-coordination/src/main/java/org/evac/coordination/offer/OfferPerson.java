package org.evac.coordination.offer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

@Embeddable
public class OfferPerson {

    @Column(name = "person_id")
    public UUID personId;

    @Column(name = "staying_behind")
    public boolean stayingBehind;

    public OfferPerson() {}

    OfferPerson(UUID personId) {
        this.personId = personId;
    }
}
