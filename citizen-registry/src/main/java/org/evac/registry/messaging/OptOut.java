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

    /**
     * Opts the address out unless it is already; returns whether it was new. Two STOPs at once (the
     * gateway delivers on several threads) must not fail on the key, whose error names the address.
     */
    public static boolean record(MessageChannel channel, String address, Instant at) {
        return getEntityManager()
                        .createNativeQuery(
                                """
                                insert into messaging_opt_out (channel, address, opted_out_at)
                                values (?1, ?2, ?3) on conflict do nothing""")
                        .setParameter(1, channel.name())
                        .setParameter(2, address)
                        .setParameter(3, at)
                        .executeUpdate()
                == 1;
    }

    public static boolean isOptedOut(MessageChannel channel, String address) {
        return findById(new Key(channel, address)) != null;
    }

    public static List<OptOut> ofAddresses(List<String> addresses) {
        return addresses.isEmpty()
                ? List.of()
                : list("key.address in ?1 order by optedOutAt", addresses);
    }
}
