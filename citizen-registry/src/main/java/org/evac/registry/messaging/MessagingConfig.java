package org.evac.registry.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "evac.messaging")
public interface MessagingConfig {

    /** Language of persons who named none: en, fa-AF or ps. */
    @WithDefault("fa-AF")
    String defaultLanguage();

    /** Who of a household is written to: the head only, or the head and every adult member. */
    @WithDefault("HEAD")
    HouseholdRecipients householdRecipients();

    /** The number replies are texted to; the SMPP source address of every SMS. */
    @WithDefault("7423")
    String serviceNumber();

    /** Where a person gets help, written into every message. */
    @WithDefault("+1 202 501 4444")
    String helpContact();

    /** How long message texts (sent and received) are kept; addresses and states stay. */
    @WithDefault("P30D")
    Duration textRetention();

    /** How long a decline waits for its reason before it is forwarded with reason OTHER. */
    @WithDefault("10m")
    Duration declineReasonWait();

    /** How often overdue declines are looked for (a scheduler interval). */
    @WithDefault("5s")
    String declineReasonCheck();

    /** How often texts past their retention are removed (a scheduler interval). */
    @WithDefault("1h")
    String retentionCheck();

    Dispatch dispatch();

    Smpp smpp();

    Email email();

    enum HouseholdRecipients {
        HEAD,
        ADULTS
    }

    /** The send queue. */
    interface Dispatch {

        /** Pause when nothing is due, or the channel is down. */
        @WithDefault("200ms")
        Duration pollInterval();

        /** Messages claimed per round; the results of a round are written in one transaction. */
        @WithDefault("100")
        int batchSize();

        /**
         * How long a claimed message is held; after a crash it is claimed again once this passes
         * and resubmitted under the same message id.
         */
        @WithDefault("60s")
        Duration lease();

        @WithDefault("2s")
        Duration retryMin();

        @WithDefault("5m")
        Duration retryMax();

        /** Failed tries (not counting time the gateway is down) before a message is FAILED. */
        @WithDefault("20")
        int maxAttempts();

        /** How often the queue depth gauge is measured (a scheduler interval). */
        @WithDefault("15s")
        String metricsInterval();
    }

    /** The SMS gateway (an SMSC or aggregator speaking SMPP 3.4). */
    interface Smpp {

        @WithDefault("true")
        boolean enabled();

        @WithDefault("localhost")
        String host();

        @WithDefault("2775")
        int port();

        @WithDefault("evac")
        String systemId();

        @WithDefault("evac")
        String password();

        @WithDefault("")
        Optional<String> systemType();

        /** submit_sm per second this client sends at most (the operator's throttle). */
        @WithDefault("100")
        int submitRate();

        /** submit_sm awaiting their response at once. */
        @WithDefault("10")
        int window();

        @WithDefault("30s")
        Duration enquireLinkInterval();

        /** How long a request waits for its response. */
        @WithDefault("10s")
        Duration responseTimeout();

        @WithDefault("1s")
        Duration reconnectMin();

        @WithDefault("60s")
        Duration reconnectMax();

        /**
         * Vendor-specific TLV carrying our message id (and segment) in every submit_sm, which the
         * gateway uses to drop a resubmission it already accepted.
         */
        @WithDefault("5121")
        short referenceTag();
    }

    interface Email {

        @WithDefault("Evacuation task force <noreply@evac.example.org>")
        String from();

        Optional<String> replyTo();

        /** Right-hand side of every Message-ID: {@code <message id@domain>}. */
        @WithDefault("evac.example.org")
        String messageIdDomain();

        /** Messages sent at once. */
        @WithDefault("4")
        int concurrency();

        /**
         * Longest wait for the mail server to take one message; then it is sent again later. The
         * Quarkus Mailer itself waits for ever on a server that stops answering.
         */
        @WithDefault("30s")
        Duration sendTimeout();
    }
}
