package org.evac.manifest.paxlst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.evac.infrastructure.problem.ProblemException;
import org.evac.manifest.submission.Passenger;
import org.evac.manifest.submission.Sex;
import org.junit.jupiter.api.Test;

class PaxlstParserTest {

    /** The day the fixtures' flights leave. */
    private static final LocalDate TODAY = LocalDate.of(2021, 8, 26);

    @Test
    void readsUnaDeclaredSeparatorsAndReleaseCharacters() {
        PaxlstMessage message =
                PaxlstParser.parse(PaxlstFiles.read(PaxlstFiles.CUSTOM_SEPARATORS), TODAY);

        assertThat(message.release()).isEqualTo("D02B");
        assertThat(message.flightNumber()).isEqualTo("QR8001");
        assertThat(message.origin()).isEqualTo("KBL");
        assertThat(message.destination()).isEqualTo("DOH");
        assertThat(message.departure()).isEqualTo(Instant.parse("2021-08-26T12:00:00Z"));
        List<Passenger> passengers = message.submission().passengers();
        assertThat(passengers).hasSize(2);
        assertThat(passengers.get(0))
                .isEqualTo(
                        new Passenger(
                                "AL-HASHIMI",
                                "SAYED AHMAD",
                                null,
                                null,
                                "1978-01-02",
                                Sex.M,
                                "AFG",
                                "P",
                                "P4455667",
                                "AFG",
                                LocalDate.parse("2027-03-15"),
                                null,
                                "ABC123",
                                null));
        assertThat(passengers.get(1).familyName()).isEqualTo("O'NEIL");
        assertThat(passengers.get(1).givenNames()).isEqualTo("MARY ANN");
        assertThat(passengers.get(1).birthDate()).isEqualTo("1965-12-24");
        assertThat(passengers.get(1).seat()).isEqualTo("3C");
        assertThat(message.submission().locations().get(1))
                .isEqualTo("segment 21 (NAD) at line 22");
    }

    @Test
    void readsAGroupedD05bMessageSkippingSegmentsItDoesNotUse() {
        PaxlstMessage message =
                PaxlstParser.parse(PaxlstFiles.read(PaxlstFiles.GROUPED_D05B), TODAY);

        assertThat(message.release()).isEqualTo("D05B");
        assertThat(message.submission().passengers())
                .extracting(Passenger::familyName)
                .containsExactly("RAHIMI", "O'BRIEN");
        assertThat(message.submission().passengers().get(0).birthDate()).isEqualTo("1992-07-04");
        assertThat(message.submission().passengers().get(0).bookingReference()).isEqualTo("QR8K2L");
        assertThat(message.submission().passengers().get(1).documentExpiry())
                .isEqualTo(LocalDate.parse("2031-05-01"));
    }

    @Test
    void aTwoDigitBirthYearAfterThisYearIsInTheLastCentury() {
        String d05b =
                PaxlstFiles.read(PaxlstFiles.GROUPED_D05B)
                        .replace("DTM+329:920704'", "DTM+329:250101'");

        assertThat(birthDate(PaxlstParser.parse(d05b, TODAY))).isEqualTo("1925-01-01");
        assertThat(birthDate(PaxlstParser.parse(d05b, LocalDate.of(2025, 1, 1))))
                .isEqualTo("2025-01-01");
    }

    @Test
    void rejectsACntThatDisagreesWithThePassengersNamingTheSegmentAndLine() {
        assertThatThrownBy(
                        () -> PaxlstParser.parse(PaxlstFiles.read(PaxlstFiles.CNT_MISMATCH), TODAY))
                .isInstanceOf(PaxlstException.class)
                .satisfies(
                        e -> {
                            var problem = ((ProblemException) e).problem();
                            assertThat(problem.extensions())
                                    .containsEntry("segment", "CNT")
                                    .containsEntry("segmentNumber", 31)
                                    .containsEntry("line", 32);
                            assertThat(problem.detail())
                                    .contains("CNT+42 declares 4 passengers but the message has 3");
                        });
    }

    @Test
    void rejectsAUntSegmentCountThatDisagrees() {
        String text =
                PaxlstFiles.read(PaxlstFiles.CUSTOM_SEPARATORS).replace("UNT|29|1~", "UNT|30|1~");

        assertThatThrownBy(() -> PaxlstParser.parse(text, TODAY))
                .isInstanceOf(PaxlstException.class)
                .hasMessageContaining("UNT declares 30 segments but UNH to UNT hold 29");
    }

    @Test
    void rejectsMismatchedReferencesAndTrailingContent() {
        String d05b = PaxlstFiles.read(PaxlstFiles.GROUPED_D05B);

        assertThatThrownBy(
                        () ->
                                PaxlstParser.parse(
                                        d05b.replace("UNT+31+PAX001'", "UNT+31+PAX002'"), TODAY))
                .hasMessageContaining("message reference is 'PAX002', expected 'PAX001'");
        assertThatThrownBy(
                        () ->
                                PaxlstParser.parse(
                                        d05b.replace("UNZ+1+D05B000001'", "UNZ+1+OTHER'"), TODAY))
                .hasMessageContaining("interchange reference");
        assertThatThrownBy(
                        () -> PaxlstParser.parse(d05b + "UNB+UNOA:4+X+Y+210826:0930+2'\n", TODAY))
                .hasMessageContaining("content after UNZ");
    }

    @Test
    void rejectsAnUnterminatedSegmentAndABadTag() {
        String d05b = PaxlstFiles.read(PaxlstFiles.GROUPED_D05B);

        assertThatThrownBy(
                        () -> PaxlstParser.parse(d05b.substring(0, d05b.lastIndexOf('\'')), TODAY))
                .hasMessageContaining("is not terminated");
        assertThatThrownBy(() -> PaxlstParser.parse(d05b.replace("ATT+2++F'", "at+2++F'"), TODAY))
                .hasMessageContaining(
                        "segment 14 (at) at line 15: a segment tag must be three upper-case letters");
    }

    @Test
    void rejectsOtherMessagesAndReleases() {
        String d05b = PaxlstFiles.read(PaxlstFiles.GROUPED_D05B);

        assertThatThrownBy(
                        () ->
                                PaxlstParser.parse(
                                        d05b.replace(
                                                "PAXLST:D:05B:UN:IATA", "PAXLST:D:12B:UN:IATA"),
                                        TODAY))
                .hasMessageContaining(
                        "message identifier must be PAXLST:D:02B:UN or PAXLST:D:05B:UN");
        assertThatThrownBy(() -> PaxlstParser.parse(d05b.replace("BGM+745'", "BGM+250'"), TODAY))
                .hasMessageContaining("document name code must be 745");
        assertThatThrownBy(
                        () ->
                                PaxlstParser.parse(
                                        d05b.replace("DTM+329:920704'", "DTM+329:920732'"), TODAY))
                .hasMessageContaining("'920732' is not a date");
    }

    @Test
    void theReadmeExampleIsAValidMessage() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("```", readme.indexOf("Example upload:")) + 4;
        String example = readme.substring(start, readme.indexOf("```", start));

        PaxlstMessage message = PaxlstParser.parse(example, TODAY);

        assertThat(message.release()).isEqualTo("D05B");
        assertThat(message.submission().passengers())
                .extracting(Passenger::familyName)
                .containsExactly("O'BRIEN");
    }

    private static String birthDate(PaxlstMessage message) {
        return message.submission().passengers().get(0).birthDate();
    }
}
