package org.evac.testing.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.evac.infrastructure.sms.SmsEncoding;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.EnquireLink;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.session.connection.ServerConnection;
import org.jsmpp.session.connection.ServerConnectionFactory;
import org.jsmpp.session.connection.socket.ServerSocketConnection;
import org.jsmpp.util.MessageId;

/**
 * An SMS centre speaking real SMPP 3.4 on loopback (jSMPP's server side), for tests and the local
 * stack. It binds any ESME (transmitter, receiver, transceiver), answers submit_sm with its own
 * message id, reassembles concatenated segments into the text a handset would show, sends a
 * delivery receipt for each segment when one is asked for, and sends replies "from a handset" as
 * deliver_sm.
 *
 * <p>Like an aggregator that honours a client reference, a submit_sm carrying a reference it has
 * already accepted (tag {@link #CLIENT_REFERENCE_TAG}) is answered with the first message id and is
 * not delivered again, so a client that resubmits after losing the answer sends nothing twice.
 * {@link #stop()} drops every connection and stops listening, as a gateway outage would, and keeps
 * what was received; {@link #start()} listens on the same port again.
 */
public final class SmscSimulator implements AutoCloseable {

    /** Vendor-specific TLV (SMPP 3.4 §5.3.2: 0x1400-0x3FFF) carrying the client's reference. */
    public static final short CLIENT_REFERENCE_TAG = 0x1401;

    public static final String SYSTEM_ID = "evac-smsc";

    /** What the simulated network does with a message to a number. */
    public enum Fate {
        DELIVERED,
        UNDELIVERABLE,
        EXPIRED,
        /** submit_sm refused with ESME_RINVDSTADR: the number does not exist. */
        REJECTED
    }

    /** A short message as the handset shows it, reassembled from its segments. */
    public record Sms(
            String from,
            String to,
            String text,
            String coding,
            int segments,
            String clientReference,
            List<String> messageIds,
            Instant receivedAt) {}

    private record Segment(String messageId, SmsEncoding.Part part, String coding) {}

    /** A delivery receipt still to be sent: from the handset's number back to the ESME. */
    private record Receipt(String handset, String esme, String messageId, Fate fate) {}

    private final int port;
    private final Duration receiptDelay;
    private final ScheduledExecutorService receipts = Executors.newScheduledThreadPool(2);
    private final Set<SMPPServerSession> sessions = ConcurrentHashMap.newKeySet();
    private final Map<String, String> acceptedReferences = new HashMap<>();
    private final Map<String, Segment[]> partial = new HashMap<>();
    private final List<Sms> received = new ArrayList<>();
    private final List<Instant> submitTimes = new ArrayList<>();
    private final Map<String, Fate> fates = new ConcurrentHashMap<>();
    private final AtomicLong messageIds = new AtomicLong(0x5000_0000L);
    private final AtomicLong duplicateSubmits = new AtomicLong();
    private final AtomicLong enquireLinks = new AtomicLong();
    private final java.util.Queue<Receipt> pendingReceipts =
            new java.util.concurrent.ConcurrentLinkedQueue<>();
    private volatile SMPPServerSessionListener listener;
    private volatile ExecutorService acceptor;

    private SmscSimulator(int port, Duration receiptDelay) {
        this.port = port;
        this.receiptDelay = receiptDelay;
    }

    /** Starts on a free loopback port. */
    public static SmscSimulator startEphemeral() {
        return start(KafkaServer.freePort(), Duration.ofMillis(50));
    }

    /**
     * @param receiptDelay how long after a submit the delivery receipt follows
     */
    public static SmscSimulator start(int port, Duration receiptDelay) {
        SmscSimulator smsc = new SmscSimulator(port, receiptDelay);
        smsc.start();
        return smsc;
    }

    public int port() {
        return port;
    }

    /** Listens again (after {@link #stop()}); what was received before is kept. */
    public synchronized void start() {
        if (listener != null) {
            return;
        }
        try {
            SMPPServerSessionListener newListener =
                    new SMPPServerSessionListener(port, new LoopbackConnections());
            newListener.setMessageReceiverListener(new Receiver());
            newListener.setPduProcessorDegree(4);
            listener = newListener;
        } catch (IOException e) {
            throw new UncheckedIOException("SMSC simulator could not listen on " + port, e);
        }
        ExecutorService executor = Executors.newCachedThreadPool();
        acceptor = executor;
        SMPPServerSessionListener current = listener;
        executor.submit(() -> acceptLoop(current, executor));
    }

    /** Drops every connection and stops listening, like an outage of the gateway. */
    public synchronized void stop() {
        if (listener == null) {
            return;
        }
        try {
            listener.close();
        } catch (IOException e) {
            // already closed
        }
        listener = null;
        sessions.forEach(SMPPServerSession::close);
        sessions.clear();
        acceptor.shutdownNow();
    }

    @Override
    public void close() {
        stop();
        receipts.shutdownNow();
    }

    /** Whether an ESME is bound and could receive a reply now. */
    public boolean hasReceiver() {
        return sessions.stream().anyMatch(s -> s.getSessionState().isReceivable());
    }

    /** Sets what happens to messages for {@code number} (E.164, with or without '+'). */
    public void fate(String number, Fate fate) {
        fates.put(digits(number), fate);
    }

    /** Every text received so far, in the order its last segment arrived. */
    public synchronized List<Sms> received() {
        return List.copyOf(received);
    }

    public synchronized List<Sms> receivedBy(String number) {
        String wanted = digits(number);
        return received.stream().filter(sms -> digits(sms.to()).equals(wanted)).toList();
    }

    /** The numbers that received anything, each with its texts, in order of first arrival. */
    public synchronized Map<String, List<Sms>> byNumber() {
        Map<String, List<Sms>> numbers = new LinkedHashMap<>();
        received.forEach(sms -> numbers.computeIfAbsent(sms.to(), n -> new ArrayList<>()).add(sms));
        return numbers;
    }

    /** When each accepted (not duplicate) submit_sm arrived. */
    public synchronized List<Instant> submitTimes() {
        return List.copyOf(submitTimes);
    }

    /** submit_sm whose client reference had been accepted before: answered, not delivered. */
    public long duplicateSubmits() {
        return duplicateSubmits.get();
    }

    public long enquireLinks() {
        return enquireLinks.get();
    }

    /**
     * A handset at {@code from} texts {@code text} to {@code to} (the service's number): one
     * deliver_sm per segment to a bound receiver; returns once the ESME acknowledged them all.
     *
     * @throws IllegalStateException if no ESME is bound within 10 s or it refuses the message
     */
    public void reply(String from, String to, String text) {
        SMPPServerSession session = awaitReceiver(Duration.ofSeconds(10));
        SmsEncoding.Encoded encoded =
                SmsEncoding.encode(text, (int) (messageIds.incrementAndGet() & 0xFF));
        try {
            for (byte[] segment : encoded.segments()) {
                session.deliverShortMessage(
                        "",
                        TypeOfNumber.INTERNATIONAL,
                        NumberingPlanIndicator.ISDN,
                        digits(from),
                        TypeOfNumber.UNKNOWN,
                        NumberingPlanIndicator.UNKNOWN,
                        to,
                        new ESMClass(
                                MessageMode.DEFAULT,
                                MessageType.DEFAULT,
                                encoded.concatenated()
                                        ? GSMSpecificFeature.UDHI
                                        : GSMSpecificFeature.DEFAULT),
                        (byte) 0,
                        (byte) 0,
                        new RegisteredDelivery(SMSCDeliveryReceipt.DEFAULT),
                        coding(encoded.coding()),
                        segment);
            }
        } catch (NegativeResponseException e) {
            throw new IllegalStateException(
                    "The ESME refused the reply with status 0x"
                            + Integer.toHexString(e.getCommandStatus()),
                    e);
        } catch (PDUException
                | ResponseTimeoutException
                | InvalidResponseException
                | IOException e) {
            throw new IllegalStateException("The reply did not reach the ESME: " + e, e);
        }
    }

    private SMPPServerSession awaitReceiver(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (SMPPServerSession session : sessions) {
                if (session.getSessionState().isReceivable()) {
                    return session;
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("No ESME bound to receive a reply");
    }

    private void acceptLoop(SMPPServerSessionListener current, ExecutorService executor) {
        while (current == listener) {
            try {
                SMPPServerSession session = current.accept();
                executor.submit(() -> bind(session));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void bind(SMPPServerSession session) {
        try {
            BindRequest request = session.waitForBind(5_000);
            request.accept(SYSTEM_ID);
            sessions.add(session);
            receipts.submit(this::sendPendingReceipts);
            session.addSessionStateListener(
                    (newState, oldState, source) -> {
                        if (newState == SessionState.CLOSED) {
                            sessions.remove(session);
                        }
                    });
        } catch (Exception e) {
            session.close();
        }
    }

    private SubmitSmResult submitted(SubmitSm submit) throws ProcessRequestException {
        String destination = submit.getDestAddress();
        if (fates.getOrDefault(digits(destination), Fate.DELIVERED) == Fate.REJECTED) {
            throw new ProcessRequestException("no such number", SMPPConstant.STAT_ESME_RINVDSTADR);
        }
        String reference = clientReference(submit);
        String messageId;
        synchronized (this) {
            String known = reference == null ? null : acceptedReferences.get(reference);
            if (known != null) {
                duplicateSubmits.incrementAndGet();
                return result(known);
            }
            messageId = Long.toHexString(messageIds.incrementAndGet());
            if (reference != null) {
                acceptedReferences.put(reference, messageId);
            }
            submitTimes.add(Instant.now());
            boolean udhi = GSMSpecificFeature.UDHI.containedIn(submit.getEsmClass());
            SmsEncoding.Part part =
                    SmsEncoding.decode(submit.getDataCoding(), udhi, submit.getShortMessage());
            String coding = (submit.getDataCoding() & 0x0F) == 0x08 ? "UCS2" : "GSM7";
            assemble(submit, new Segment(messageId, part, coding), reference);
        }
        byte wanted = submit.getRegisteredDelivery();
        Fate fate = fates.getOrDefault(digits(destination), Fate.DELIVERED);
        boolean every = SMSCDeliveryReceipt.SUCCESS_FAILURE.containedIn(wanted);
        if (every || (SMSCDeliveryReceipt.FAILURE.containedIn(wanted) && fate != Fate.DELIVERED)) {
            Receipt receipt = new Receipt(destination, submit.getSourceAddr(), messageId, fate);
            receipts.schedule(
                    () -> sendReceipt(receipt), receiptDelay.toMillis(), TimeUnit.MILLISECONDS);
        }
        return result(messageId);
    }

    private void assemble(SubmitSm submit, Segment segment, String reference) {
        SmsEncoding.Part part = segment.part();
        String whole = reference == null ? null : reference.replaceFirst(":\\d+$", "");
        if (part.single()) {
            received.add(sms(submit, List.of(segment), whole));
            return;
        }
        String key =
                submit.getSourceAddr()
                        + '>'
                        + submit.getDestAddress()
                        + '#'
                        + part.reference()
                        + '/'
                        + part.total();
        Segment[] parts = partial.computeIfAbsent(key, k -> new Segment[part.total()]);
        if (part.sequence() >= 1 && part.sequence() <= parts.length) {
            parts[part.sequence() - 1] = segment;
        }
        for (Segment present : parts) {
            if (present == null) {
                return;
            }
        }
        partial.remove(key);
        received.add(sms(submit, List.of(parts), whole));
    }

    private static Sms sms(SubmitSm submit, List<Segment> segments, String reference) {
        StringBuilder text = new StringBuilder();
        segments.forEach(s -> text.append(s.part().text()));
        return new Sms(
                submit.getSourceAddr(),
                "+" + digits(submit.getDestAddress()),
                text.toString(),
                segments.get(0).coding(),
                segments.size(),
                reference,
                segments.stream().map(Segment::messageId).toList(),
                Instant.now());
    }

    private void sendPendingReceipts() {
        Receipt receipt;
        while ((receipt = pendingReceipts.poll()) != null) {
            sendReceipt(receipt);
        }
    }

    /**
     * Like a real SMSC, a receipt that cannot be delivered now (no ESME bound, the connection
     * broke) is kept and sent once an ESME binds again.
     */
    private void sendReceipt(Receipt receipt) {
        SMPPServerSession session =
                sessions.stream()
                        .filter(s -> s.getSessionState().isReceivable())
                        .findFirst()
                        .orElse(null);
        if (session == null) {
            pendingReceipts.add(receipt);
            return;
        }
        Fate fate = receipt.fate();
        String state =
                switch (fate) {
                    case DELIVERED -> "DELIVRD";
                    case EXPIRED -> "EXPIRED";
                    default -> "UNDELIV";
                };
        byte messageState =
                switch (fate) {
                    case DELIVERED -> 2;
                    case EXPIRED -> 3;
                    default -> 5;
                };
        String now = new SimpleDateFormat("yyMMddHHmm").format(new Date());
        String text =
                "id:"
                        + receipt.messageId()
                        + " sub:001 dlvrd:"
                        + (fate == Fate.DELIVERED ? "001" : "000")
                        + " submit date:"
                        + now
                        + " done date:"
                        + now
                        + " stat:"
                        + state
                        + " err:000 text:";
        try {
            session.deliverShortMessage(
                    "",
                    TypeOfNumber.INTERNATIONAL,
                    NumberingPlanIndicator.ISDN,
                    receipt.handset(),
                    TypeOfNumber.UNKNOWN,
                    NumberingPlanIndicator.UNKNOWN,
                    receipt.esme(),
                    new ESMClass(
                            MessageMode.DEFAULT,
                            MessageType.SMSC_DEL_RECEIPT,
                            GSMSpecificFeature.DEFAULT),
                    (byte) 0,
                    (byte) 0,
                    new RegisteredDelivery(SMSCDeliveryReceipt.DEFAULT),
                    new GeneralDataCoding(Alphabet.ALPHA_DEFAULT),
                    text.getBytes(StandardCharsets.US_ASCII),
                    new OptionalParameter.Receipted_message_id(receipt.messageId()),
                    new OptionalParameter.Message_state(messageState));
        } catch (Exception e) {
            receipts.schedule(() -> sendReceipt(receipt), 1, TimeUnit.SECONDS);
        }
    }

    private static SubmitSmResult result(String messageId) throws ProcessRequestException {
        try {
            return new SubmitSmResult(new MessageId(messageId), new OptionalParameter[0]);
        } catch (PDUException e) {
            throw new ProcessRequestException("bad message id", SMPPConstant.STAT_ESME_RSYSERR);
        }
    }

    private static String clientReference(SubmitSm submit) {
        OptionalParameter parameter = submit.getOptionalParameter(CLIENT_REFERENCE_TAG);
        if (!(parameter instanceof OptionalParameter.OctetString octets)) {
            return null;
        }
        byte[] value = octets.getValue();
        int length = value.length;
        while (length > 0 && value[length - 1] == 0) {
            length--;
        }
        return new String(value, 0, length, StandardCharsets.US_ASCII);
    }

    private static GeneralDataCoding coding(SmsEncoding.Coding coding) {
        return coding == SmsEncoding.Coding.UCS2
                ? new GeneralDataCoding(Alphabet.ALPHA_UCS2)
                : new GeneralDataCoding(Alphabet.ALPHA_DEFAULT);
    }

    private static String digits(String number) {
        return number == null ? "" : number.replaceAll("[^0-9]", "");
    }

    /** Listens on loopback only, with SO_REUSEADDR so that a restart can take the port back. */
    private static final class LoopbackConnections implements ServerConnectionFactory {

        @Override
        public ServerConnection listen(int port) throws IOException {
            return listen(port, 0, 50);
        }

        @Override
        public ServerConnection listen(int port, int timeout) throws IOException {
            return listen(port, timeout, 50);
        }

        @Override
        public ServerConnection listen(int port, int timeout, int backlog) throws IOException {
            ServerSocket socket = new ServerSocket();
            try {
                socket.setReuseAddress(true);
                socket.setSoTimeout(timeout);
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), backlog);
            } catch (SocketException e) {
                socket.close();
                throw e;
            }
            return new ServerSocketConnection(socket);
        }
    }

    /** What the SMSC does with each request an ESME sends. */
    private final class Receiver implements ServerMessageReceiverListener {

        @Override
        public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source)
                throws ProcessRequestException {
            return submitted(submitSm);
        }

        @Override
        public void onAcceptEnquireLink(EnquireLink enquireLink, Session source) {
            enquireLinks.incrementAndGet();
        }

        @Override
        public SubmitMultiResult onAcceptSubmitMulti(
                SubmitMulti submitMulti, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source)
                throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public BroadcastSmResult onAcceptBroadcastSm(
                BroadcastSm broadcastSm, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public void onAcceptCancelBroadcastSm(
                CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public QueryBroadcastSmResult onAcceptQueryBroadcastSm(
                QueryBroadcastSm queryBroadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source)
                throws ProcessRequestException {
            throw unsupported();
        }

        private ProcessRequestException unsupported() {
            return new ProcessRequestException(
                    "not supported by the simulator", SMPPConstant.STAT_ESME_RINVCMDID);
        }
    }
}
