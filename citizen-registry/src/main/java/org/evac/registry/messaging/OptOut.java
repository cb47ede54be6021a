package org.evac.registry.messaging;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** An address that asked for no more messages on a channel (STOP), until it asks again (START). */
@Entity
@Table(name = "messaging_opt_out")
public class OptOut extends PanacheEntityBase {

    @EmbeddedId public Key key;
    public Instant optedOutAt;

    @Embeddable
    public record Key(@Enumerated(EnumType.STRING) MessageChannel channel, String address)
            implements Serializable {}

    public static boolean isOptedOut(MessageChannel channel, String address) {
        return findById(new Key(channel, address)) != null;
    }

    public static List<OptOut> ofAddresses(List<String> addresses) {
        return addresses.isEmpty()
                ? List.of()
                : list("key.address in ?1 order by optedOutAt", addresses);
    }
}
