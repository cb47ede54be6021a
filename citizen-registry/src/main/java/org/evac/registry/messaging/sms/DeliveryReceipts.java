package org.evac.registry.messaging.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.evac.registry.messaging.MessageStatus;
import org.evac.registry.messaging.SendQueue;

/** Records a delivery receipt and applies it, now or once its segment is written. */
@ApplicationScoped
public class DeliveryReceipts {

    private final EntityManager entityManager;
    private final SendQueue queue;
    private final Clock clock;

    public DeliveryReceipts(EntityManager entityManager, SendQueue queue, Clock clock) {
        this.entityManager = entityManager;
        this.queue = queue;
        this.clock = clock;
    }

    /**
     * @param state DELIVERED, FAILED or EXPIRED
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String gatewayId, MessageStatus state) {
        queue.lockReceipt(gatewayId);
        entityManager
                .createNativeQuery(
                        """
                insert into delivery_receipt (gateway_id, state, received_at) values (?1, ?2, ?3)
                on conflict do nothing""")
                .setParameter(1, gatewayId)
                .setParameter(2, state.name())
                .setParameter(3, clock.instant())
                .executeUpdate();
        queue.settle(List.of(gatewayId));
    }
}
