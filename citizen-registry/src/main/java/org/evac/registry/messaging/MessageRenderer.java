package org.evac.registry.messaging;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a message from its facts with the Qute templates in {@code templates/messages}: one file
 * per kind and language ({@code offer-made.fa-AF.txt}) with a {@code subject} and a {@code body}
 * fragment. An SMS is the body; an email is the body and the language's footer, as text and as HTML
 * laid out right to left for Dari and Pashto.
 */
@ApplicationScoped
public class MessageRenderer {

    public static final List<String> LANGUAGES = List.of("en", "fa-AF", "ps");

    /** Every placeholder a template may use; a fact that does not apply is empty. */
    public static final List<String> FACTS =
            List.of(
                    "replyCode",
                    "respondBy",
                    "flightNumber",
                    "departureAt",
                    "meetingPoint",
                    "meetBy",
                    "answer",
                    "travellers",
                    "text");

    private static final Set<String> TIMES = Set.of("respondBy", "departureAt", "meetBy");
    private static final Set<String> RIGHT_TO_LEFT = Set.of("fa-AF", "ps");

    private final Engine engine;
    private final MessagingConfig config;

    public MessageRenderer(Engine engine, MessagingConfig config) {
        this.engine = engine;
        this.config = config;
    }

    /** The subject (email only), plain text, and HTML (email only) of one message. */
    public record Rendered(String subject, String text, String html) {}

    /** Fails the start when a template or one of its fragments is missing. */
    void checkTemplates(@Observes StartupEvent start) {
        for (MessageKind kind : MessageKind.values()) {
            for (String language : LANGUAGES) {
                Template template = template(kind, language);
                for (String fragment : List.of("subject", "body")) {
                    if (template.getFragment(fragment) == null) {
                        throw new IllegalStateException(
                                "Template of " + kind + " in " + language + " has no " + fragment);
                    }
                }
            }
        }
    }

    /**
     * @param facts the message's facts (times as ISO instants), see {@link #FACTS}
     */
    public Rendered render(
            MessageKind kind, String language, MessageChannel channel, Map<String, String> facts) {
        Map<String, Object> data = data(language, facts);
        Template template = template(kind, language);
        String body = fragment(template, "body", data);
        if (channel == MessageChannel.SMS) {
            return new Rendered(null, body, null);
        }
        String subject = fragment(template, "subject", data);
        String footer =
                engine.getTemplate("messages/footer." + language + ".txt")
                        .data(data)
                        .render()
                        .strip();
        boolean rtl = RIGHT_TO_LEFT.contains(language);
        String html =
                engine.getTemplate("messages/email.html")
                        .data("lang", language)
                        .data("dir", rtl ? "rtl" : "ltr")
                        .data("align", rtl ? "right" : "left")
                        .data("subject", subject)
                        .data("paragraphs", Arrays.asList(body.split("\n")))
                        .data("footer", footer)
                        .render();
        return new Rendered(subject, body + "\n\n-- \n" + footer, html);
    }

    private Map<String, Object> data(String language, Map<String, String> facts) {
        Map<String, Object> data = new HashMap<>();
        for (String fact : FACTS) {
            String value = facts.getOrDefault(fact, "");
            data.put(
                    fact,
                    TIMES.contains(fact) && !value.isEmpty()
                            ? KabulTime.format(Instant.parse(value), language)
                            : value);
        }
        data.put("serviceNumber", config.serviceNumber());
        data.put("helpContact", config.helpContact());
        return data;
    }

    private Template template(MessageKind kind, String language) {
        Template template =
                engine.getTemplate("messages/" + kind.template() + "." + language + ".txt");
        if (template == null) {
            throw new IllegalStateException("No template for " + kind + " in " + language);
        }
        return template;
    }

    private static String fragment(Template template, String id, Map<String, Object> data) {
        return template.getFragment(id).instance().data(data).render().strip();
    }
}
