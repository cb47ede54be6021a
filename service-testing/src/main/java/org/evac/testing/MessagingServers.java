package org.evac.testing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evac.testing.servers.MailServer;
import org.evac.testing.servers.SmscSimulator;

/**
 * The SMSC simulator and the SMTP server of one test JVM, started on first use. Like the broker in
 * {@link RealInfrastructure} they are reached by tests over JMX with JDK types only, because test
 * classes see this class through another class loader.
 */
final class MessagingServers {

    static final String SMSC_CONTROL = "org.evac.test:type=Smsc";
    static final String MAIL_CONTROL = "org.evac.test:type=Mail";

    private static SmscSimulator smsc;
    private static MailServer mail;

    private MessagingServers() {}

    /**
     * The configuration that points a service at the servers, which are started by the first class
     * loader to ask; a later one (another test profile) is given the same servers.
     */
    @SuppressWarnings("unchecked")
    static synchronized Map<String, String> config() {
        if (smsc == null && JvmWide.exposed(SMSC_CONTROL)) {
            return (Map<String, String>)
                    JvmWide.call(SMSC_CONTROL, "The SMSC control went away", "config");
        }
        if (smsc == null) {
            smsc = SmscSimulator.startEphemeral();
            mail = MailServer.startEphemeral();
            Runtime.getRuntime()
                    .addShutdownHook(
                            new Thread(
                                    () -> {
                                        smsc.close();
                                        mail.close();
                                    },
                                    "stop-messaging-servers"));
            JvmWide.expose(SMSC_CONTROL, new SmscControlBean(smsc), SmscMBean.class);
            JvmWide.expose(MAIL_CONTROL, new MailControlBean(mail), MailMBean.class);
        }
        return ownConfig();
    }

    private static Map<String, String> ownConfig() {
        return Map.of(
                "evac.messaging.smpp.host", "localhost",
                "evac.messaging.smpp.port", Integer.toString(smsc.port()),
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(mail.port()),
                "quarkus.mailer.mock", "false");
    }

    /** The simulator's operations, with JDK types only. */
    public interface SmscMBean {
        /** What {@link MessagingServers#config()} returned in the class loader that owns them. */
        Map<String, String> config();

        List<Map<String, Object>> receivedBy(String number);

        void reply(String from, String to, String text);

        void fate(String number, String fate);

        void stop();

        void start();

        long duplicateSubmits();

        long enquireLinks();

        List<Instant> submitTimes();
    }

    /** The mail server's operations, with JDK types only. */
    public interface MailMBean {
        List<Map<String, Object>> receivedBy(String address);
    }

    private record SmscControlBean(SmscSimulator smsc) implements SmscMBean {

        @Override
        public Map<String, String> config() {
            synchronized (MessagingServers.class) {
                return ownConfig();
            }
        }

        @Override
        public List<Map<String, Object>> receivedBy(String number) {
            return smsc.receivedBy(number).stream()
                    .map(
                            sms -> {
                                Map<String, Object> fields = new LinkedHashMap<>();
                                fields.put("from", sms.from());
                                fields.put("to", sms.to());
                                fields.put("text", sms.text());
                                fields.put("coding", sms.coding());
                                fields.put("segments", sms.segments());
                                fields.put("clientReference", sms.clientReference());
                                return fields;
                            })
                    .toList();
        }

        @Override
        public void reply(String from, String to, String text) {
            smsc.reply(from, to, text);
        }

        @Override
        public void fate(String number, String fate) {
            smsc.fate(number, SmscSimulator.Fate.valueOf(fate));
        }

        @Override
        public void stop() {
            smsc.stop();
        }

        @Override
        public void start() {
            smsc.start();
        }

        @Override
        public long duplicateSubmits() {
            return smsc.duplicateSubmits();
        }

        @Override
        public long enquireLinks() {
            return smsc.enquireLinks();
        }

        @Override
        public List<Instant> submitTimes() {
            return smsc.submitTimes();
        }
    }

    private record MailControlBean(MailServer mail) implements MailMBean {

        @Override
        public List<Map<String, Object>> receivedBy(String address) {
            return mail.receivedBy(address).stream()
                    .map(
                            m -> {
                                Map<String, Object> fields = new LinkedHashMap<>();
                                fields.put("to", m.to());
                                fields.put("from", m.from());
                                fields.put("subject", m.subject());
                                fields.put("messageId", m.messageId());
                                fields.put("text", m.text());
                                fields.put("html", m.html());
                                return fields;
                            })
                    .toList();
        }
    }
}
