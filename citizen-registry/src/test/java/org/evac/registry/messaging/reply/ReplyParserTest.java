package org.evac.registry.messaging.reply;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReplyParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1 482913|NUMBER|1|482913",
                "482913 1|NUMBER|1|482913",
                "1482913|NUMBER|1|482913",
                "۱ ۴۸۲۹۱۳|NUMBER|1|482913",
                "١ ٤٨٢٩١٣|NUMBER|1|482913",
                "YES|YES||",
                "yes 482913|YES||482913",
                "Ok.|YES||",
                "بلی|YES||",
                "بله ۴۸۲۹۱۳|YES||482913",
                "بلي|YES||",
                "هو|YES||",
                "هوکې 482913|YES||482913",
                "2 482913|NUMBER|2|482913",
                "۲|NUMBER|2|",
                "NO|NO||",
                "نه|NO||",
                "نَه ۴۸۲۹۱۳|NO||482913",
                "STOP|STOP||",
                "stop.|STOP||",
                "توقف|STOP||",
                "START|START||",
                "3|NUMBER|3|",
                "٣|NUMBER|3|"
            })
    void readsKeywordsAndDigitsOfEveryKeyboard(
            String text, ParsedReply.Intent intent, Integer number, String code) {
        ParsedReply reply = ReplyParser.parse(text);
        assertThat(reply.intent()).isEqualTo(intent);
        assertThat(reply.number()).isEqualTo(number);
        assertThat(reply.code()).isEqualTo(code);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "yes but not my mother",
                "بلی ولی مادرم مریض است",
                "1 2",
                "yes no",
                "482913",
                "12345",
                "thanks"
            })
    void leavesAnythingElseToACoordinator(String text) {
        assertThat(ReplyParser.parse(text).intent()).isEqualTo(ParsedReply.Intent.UNPARSED);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.NullAndEmptySource
    @org.junit.jupiter.params.provider.ValueSource(strings = {" ", ".,!"})
    void anEmptyReplyIsNotAnAnswer(String text) {
        assertThat(ReplyParser.parse(text).intent()).isEqualTo(ParsedReply.Intent.UNPARSED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1, true, false", "YES, true, false", "2, false, true", "نه, false, true"})
    void oneAndYesAcceptTwoAndNoDecline(String text, boolean accepts, boolean declines) {
        ParsedReply reply = ReplyParser.parse(text);
        assertThat(reply.accepts()).isEqualTo(accepts);
        assertThat(reply.declines()).isEqualTo(declines);
    }
}
