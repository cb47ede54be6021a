package org.evac.registry.messaging.sms;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.evac.infrastructure.sms.SmsEncoding;
import org.evac.registry.messaging.MessagingConfig;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;

/**
 * The SMPP 3.4 session with the SMS gateway: bound as a transceiver (submits, receipts and replies
 * on one connection), kept alive with enquire_link, and bound again with exponential backoff (and
 * jitter) whenever the connection drops. Submits are paced to the configured rate; the window is
 * the number of sender threads, each waiting for its own submit_sm_resp.
 */
@ApplicationScoped
public class SmppGateway {

    /** Refusals that another try cannot change. */
    private static final Set<Integer> PERMANENT =
            Set.of(
                    SMPPConstant.STAT_ESME_RINVMSGLEN,
                    SMPPConstant.STAT_ESME_RINVDSTADR,
                    SMPPConstant.STAT_ESME_RINVESMCLASS,
                    SMPPConstant.STAT_ESME_RINVDSTTON,
                    SMPPConstant.STAT_ESME_RINVDSTNPI);

    private final MessagingConfig.Smpp config;
    private final String serviceNumber;
    private final SmsInbound inbound;
    private final SubmitPacer pacer;
    private final Object wake = new Object();
    private volatile SMPPSession session;
    private volatile boolean running;

    public SmppGateway(MessagingConfig config, SmsInbound inbound, MeterRegistry registry) {
        this.config = config.smpp();
        this.serviceNumber = config.serviceNumber();
        this.inbound = inbound;
        this.pacer = new SubmitPacer(this.config.submitRate());
        Gauge.builder("evac.smpp.bound", this, gateway -> gateway.bound() ? 1 : 0)
                .description("1 while bound to the SMS gateway")
                .register(registry);
    }

    void onStart(@Observes StartupEvent start) {
        if (!config.enabled()) {
            Log.info("SMS gateway disabled by configuration; SMS stay queued");
            return;
        }
        running = true;
        Thread connector = new Thread(this::keepBound, "smpp-connector");
        connector.setDaemon(true);
        connector.start();
    }

    void onStop(@Observes ShutdownEvent stop) {
        running = false;
        synchronized (wake) {
            wake.notifyAll();
        }
        SMPPSession current = session;
        if (current != null) {
            current.unbindAndClose();
        }
    }

    public boolean bound() {
        SMPPSession current = session;
        return current != null && current.getSessionState().isBound();
    }

    /**
     * Submits one segment and returns the gateway's message id.
     *
     * @param reference our message id and segment number, sent in the client-reference TLV
     */
    String submit(
            String destination,
            SmsEncoding.Coding coding,
            boolean concatenated,
            byte[] segment,
            String reference)
            throws SubmitFailure, InterruptedException {
        SMPPSession current = session;
        if (current == null || !current.getSessionState().isBound()) {
            throw new SubmitFailure("not bound to the SMS gateway", false);
        }
        pacer.acquire();
        try {
            return current.submitShortMessage(
                            "",
                            sourceTon(),
                            NumberingPlanIndicator.UNKNOWN,
                            serviceNumber.replace("+", ""),
                            TypeOfNumber.INTERNATIONAL,
                            NumberingPlanIndicator.ISDN,
                            destination.replaceAll("[^0-9]", ""),
                            new ESMClass(
                                    MessageMode.DEFAULT,
                                    MessageType.DEFAULT,
                                    concatenated
                                            ? GSMSpecificFeature.UDHI
                                            : GSMSpecificFeature.DEFAULT),
                            (byte) 0,
                            (byte) 1,
                            null,
                            null,
                            new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE),
                            (byte) 0,
                            DataCodings.newInstance(coding.dataCoding()),
                            (byte) 0,
                            segment,
                            new OptionalParameter.OctetString(
                                    config.referenceTag(),
                                    reference.getBytes(StandardCharsets.US_ASCII)))
                    .getMessageId();
        } catch (NegativeResponseException e) {
            throw new SubmitFailure(
                    "gateway refused with status 0x" + Integer.toHexString(e.getCommandStatus()),
                    PERMANENT.contains(e.getCommandStatus()));
        } catch (PDUException e) {
            throw new SubmitFailure("not a valid submit_sm: " + e.getMessage(), true);
        } catch (ResponseTimeoutException | InvalidResponseException | IOException e) {
            throw new SubmitFailure(
                    "no answer from the gateway: " + e.getClass().getSimpleName(), false);
        }
    }

    private TypeOfNumber sourceTon() {
        if (serviceNumber.startsWith("+")) {
            return TypeOfNumber.INTERNATIONAL;
        }
        return serviceNumber.chars().allMatch(Character::isDigit)
                ? TypeOfNumber.UNKNOWN
                : TypeOfNumber.ALPHANUMERIC;
    }

    private void keepBound() {
        Duration backoff = config.reconnectMin();
        while (running) {
            if (bound()) {
                synchronized (wake) {
                    try {
                        wake.wait(1_000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                continue;
            }
            try {
                session = bind();
                Log.infof(
                        "Bound to the SMS gateway %s:%d as a transceiver",
                        config.host(), config.port());
                backoff = config.reconnectMin();
            } catch (IOException e) {
                long jittered =
                        backoff.toMillis() / 2
                                + ThreadLocalRandom.current().nextLong(backoff.toMillis() / 2 + 1);
                Log.warnf(
                        "SMS gateway %s:%d not reachable (%s); binding again in %d ms",
                        config.host(), config.port(), e.getMessage(), jittered);
                try {
                    Thread.sleep(jittered);
                } catch (InterruptedException interrupted) {
                    return;
                }
                backoff = backoff.multipliedBy(2);
                if (backoff.compareTo(config.reconnectMax()) > 0) {
                    backoff = config.reconnectMax();
                }
            }
        }
    }

    private SMPPSession bind() throws IOException {
        SMPPSession candidate = new SMPPSession();
        candidate.setEnquireLinkTimer((int) config.enquireLinkInterval().toMillis());
        candidate.setTransactionTimer(config.responseTimeout().toMillis());
        candidate.setPduProcessorDegree(4);
        candidate.setMessageReceiverListener(inbound);
        candidate.addSessionStateListener(
                (newState, oldState, source) -> {
                    if (!newState.isBound()) {
                        synchronized (wake) {
                            wake.notifyAll();
                        }
                    }
                });
        candidate.connectAndBind(
                config.host(),
                config.port(),
                new BindParameter(
                        BindType.BIND_TRX,
                        config.systemId(),
                        config.password(),
                        config.systemType().orElse(""),
                        TypeOfNumber.UNKNOWN,
                        NumberingPlanIndicator.UNKNOWN,
                        null),
                config.responseTimeout().toMillis());
        return candidate;
    }
}
