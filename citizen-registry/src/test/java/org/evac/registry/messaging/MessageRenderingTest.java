package org.evac.registry.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.evac.infrastructure.sms.SmsEncoding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every kind renders in every language, as SMS and as email, with its facts in place. */
@QuarkusTest
class MessageRenderingTest {

    private static final Map<String, String> FACTS =
            Map.of(
                    "replyCode", "482913",
                    "respondBy", "2031-08-22T18:00:00Z",
                    "flightNumber", "QR8012",
                    "departureAt", "2031-08-26T04:30:00Z",
                    "meetBy", "2031-08-26T01:30:00Z",
                    "meetingPoint", "Serena Hotel car park",
                    "answer", "ACCEPTED",
                    "travellers", "4",
                    "text", "We will call you today.");

    @Inject MessageRenderer renderer;

    @ParameterizedTest(name = "{0}")
    @EnumSource(MessageKind.class)
    void everyKindRendersInEveryLanguageWithinFiveSegments(MessageKind kind) {
        for (String language : MessageRenderer.LANGUAGES) {
            MessageRenderer.Rendered sms =
                    renderer.render(kind, language, MessageChannel.SMS, FACTS);
            assertThat(sms.text()).as(kind + " " + language).isNotBlank().doesNotContain("{");
            assertThat(SmsEncoding.encode(sms.text(), 1).segments()).hasSizeLessThanOrEqualTo(5);
            MessageRenderer.Rendered email =
                    renderer.render(kind, language, MessageChannel.EMAIL, FACTS);
            assertThat(email.subject()).as(kind + " " + language).isNotBlank();
            assertThat(email.html()).contains("lang=\"" + language + "\"");
        }
    }

    @Test
    void timesAreInKabulTimeWithTheLanguagesNamesAndLatinDigits() {
        Map<String, String> expected =
                Map.of(
                        "en", "Friday 22 August 2031, 22:30",
                        "fa-AF", "جمعه 22 اگست 2031، 22:30",
                        "ps", "جمعه 22 اګست 2031، 22:30");
        expected.forEach(
                (language, time) ->
                        assertThat(
                                        renderer.render(
                                                        MessageKind.OFFER_MADE,
                                                        language,
                                                        MessageChannel.SMS,
                                                        FACTS)
                                                .text())
                                .contains(time)
                                .contains("1 482913"));
    }

    @Test
    void theAnswerConfirmationSaysWhatWasRecorded() {
        Map<String, String> declined = new java.util.HashMap<>(FACTS);
        declined.put("answer", "DECLINED");
        assertThat(
                        renderer.render(
                                        MessageKind.ANSWER_RECORDED,
                                        "en",
                                        MessageChannel.SMS,
                                        FACTS)
                                .text())
                .contains("acceptance is recorded");
        assertThat(
                        renderer.render(
                                        MessageKind.ANSWER_RECORDED,
                                        "en",
                                        MessageChannel.SMS,
                                        declined)
                                .text())
                .contains("not be booked");
    }

    @Test
    void htmlEscapesWhatACoordinatorTyped() {
        Map<String, String> facts = new java.util.HashMap<>(FACTS);
        facts.put("text", "<script>alert(1)</script>");
        assertThat(
                        renderer.render(
                                        MessageKind.COORDINATOR_ANSWER,
                                        "en",
                                        MessageChannel.EMAIL,
                                        facts)
                                .html())
                .doesNotContain("<script>")
                .contains("&lt;script&gt;");
    }
}
