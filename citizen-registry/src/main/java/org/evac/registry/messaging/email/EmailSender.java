package org.evac.registry.messaging.email;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.evac.registry.messaging.ChannelSender;
import org.evac.registry.messaging.MessageChannel;
import org.evac.registry.messaging.MessagingConfig;
import org.evac.registry.messaging.QueuedMessage;
import org.evac.registry.messaging.SendResult;

/**
 * Sends a message as an email with a text and an HTML part through the Quarkus Mailer. Its
 * Message-ID is our message id, so a copy sent again after a crash is recognisably the same message
 * to the recipient's mail client. SMTP reports acceptance only, never delivery.
 */
@ApplicationScoped
public class EmailSender implements ChannelSender {

    private final ReactiveMailer mailer;
    private final MessagingConfig.Email config;

    public EmailSender(ReactiveMailer mailer, MessagingConfig config) {
        this.mailer = mailer;
        this.config = config.email();
    }

    @Override
    public MessageChannel channel() {
        return MessageChannel.EMAIL;
    }

    @Override
    public boolean ready() {
        return true;
    }

    @Override
    public int concurrency() {
        return config.concurrency();
    }

    @Override
    public SendResult send(QueuedMessage message) {
        String messageId = "<" + message.id() + "@" + config.messageIdDomain() + ">";
        Mail mail =
                Mail.withText(message.address(), message.subject(), message.text())
                        .setHtml(message.html())
                        .setFrom(config.from())
                        .addHeader("Message-ID", messageId);
        config.replyTo().ifPresent(mail::setReplyTo);
        try {
            mailer.send(mail).await().atMost(config.sendTimeout());
            return new SendResult.Accepted(List.of(messageId), false);
        } catch (RuntimeException e) {
            // The mail server is down, refused for now or stopped answering (it may have taken the
            // message: a copy sent again carries the same Message-ID); the address is not logged.
            return new SendResult.RetryLater(
                    "mail server did not take it: " + e.getClass().getSimpleName());
        }
    }
}
