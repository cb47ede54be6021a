package org.evac.registry.messaging.sms;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.evac.infrastructure.sms.SmsEncoding;
import org.evac.registry.messaging.ChannelSender;
import org.evac.registry.messaging.MessageChannel;
import org.evac.registry.messaging.MessagingConfig;
import org.evac.registry.messaging.QueuedMessage;
import org.evac.registry.messaging.SendResult;

/**
 * Sends a text as one submit_sm per segment, GSM 7-bit or UCS-2 as the text needs. Every segment
 * carries our message id and its number as client reference, and the concatenation reference is
 * derived from the message id, so a resubmission is byte for byte the first submission.
 */
@ApplicationScoped
public class SmsSender implements ChannelSender {

    private final SmppGateway gateway;
    private final MessagingConfig config;

    public SmsSender(SmppGateway gateway, MessagingConfig config) {
        this.gateway = gateway;
        this.config = config;
    }

    @Override
    public MessageChannel channel() {
        return MessageChannel.SMS;
    }

    @Override
    public boolean ready() {
        return gateway.bound();
    }

    @Override
    public int concurrency() {
        return config.smpp().window();
    }

    @Override
    public SendResult send(QueuedMessage message) {
        SmsEncoding.Encoded encoded;
        try {
            encoded = SmsEncoding.encode(message.text(), message.id().hashCode() & 0xFF);
        } catch (IllegalArgumentException e) {
            return new SendResult.Refused(e.getMessage());
        }
        List<String> gatewayIds = new ArrayList<>(encoded.segments().size());
        try {
            for (int i = 0; i < encoded.segments().size(); i++) {
                gatewayIds.add(
                        gateway.submit(
                                message.address(),
                                encoded.coding(),
                                encoded.concatenated(),
                                encoded.segments().get(i),
                                message.id() + ":" + (i + 1)));
            }
        } catch (SubmitFailure failure) {
            return failure.permanent()
                    ? new SendResult.Refused(failure.getMessage())
                    : new SendResult.RetryLater(failure.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SendResult.RetryLater("interrupted by shutdown");
        }
        return new SendResult.Accepted(gatewayIds, true);
    }
}
