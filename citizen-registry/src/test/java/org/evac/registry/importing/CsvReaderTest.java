package org.evac.registry.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvReaderTest {

    @Test
    void readsOneRecordPerLineWithUnixOrWindowsLineEnds() throws IOException {
        assertThat(records("familyName,givenNames\nHAIDARI,AHMAD ZIA\r\nKARIMI,MARYAM\n"))
                .containsExactly(
                        List.of("familyName", "givenNames"),
                        List.of("HAIDARI", "AHMAD ZIA"),
                        List.of("KARIMI", "MARYAM"));
    }

    @Test
    void theLastRecordNeedsNoLineBreak() throws IOException {
        assertThat(records("a,b\r\nc,d")).containsExactly(List.of("a", "b"), List.of("c", "d"));
    }

    @Test
    void emptyFieldsAreKeptInTheirPlaces() throws IOException {
        assertThat(records(",HAIDARI,,\n")).containsExactly(List.of("", "HAIDARI", "", ""));
    }

    @Test
    void aQuotedFieldHoldsCommasQuotesAndLineBreaks() throws IOException {
        assertThat(
                        records(
                                "\"HAIDARI, AHMAD\",\"called \"\"Zia\"\"\",\"House 12\nStreet 4\r\nKabul\"\n"))
                .containsExactly(
                        List.of("HAIDARI, AHMAD", "called \"Zia\"", "House 12\nStreet 4\r\nKabul"));
    }

    @Test
    void aQuotedFieldMayBeEmptyOrOnlyAQuote() throws IOException {
        assertThat(records("\"\",\"\"\"\",x\n")).containsExactly(List.of("", "\"", "x"));
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsKeptAsWritten() throws IOException {
        assertThat(records("AHMAD \"ZIA\",12\" map\n"))
                .containsExactly(List.of("AHMAD \"ZIA\"", "12\" map"));
    }

    @Test
    void textAfterAClosingQuoteIsKeptNotDropped() throws IOException {
        assertThat(records("\"HAIDARI\" JR,x\n")).containsExactly(List.of("HAIDARI JR", "x"));
    }

    @Test
    void blankLinesBetweenAndAfterRecordsAreSkipped() throws IOException {
        assertThat(records("\na,b\n\n\r\nc,d\r\n\r\n\n"))
                .containsExactly(List.of("a", "b"), List.of("c", "d"));
    }

    @Test
    void aLineOfSeparatorsOrSpacesIsARecordNotABlankLine() throws IOException {
        assertThat(records(",\n \n")).containsExactly(List.of("", ""), List.of(" "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n", "\r\n\r\n"})
    void anInputWithoutRecordsEndsAtOnce(String text) throws IOException {
        assertThat(records(text)).isEmpty();
    }

    @Test
    void theEndOfTheInputIsAnsweredAgainAndAgain() throws IOException {
        CsvReader csv = new CsvReader(new StringReader("a\n"));

        assertThat(csv.next()).containsExactly("a");
        assertThat(csv.next()).isNull();
        assertThat(csv.next()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a,\"b\n", "a,\"b\"\"\n", "\"HAIDARI,AHMAD\nKARIMI,MARYAM\n"})
    void aQuotedFieldLeftOpenIsAnErrorNotARecordSwallowingTheRestOfTheFile(String text) {
        assertThatThrownBy(() -> records(text))
                .isInstanceOf(IOException.class)
                .hasMessage("unterminated quoted field");
    }

    @Test
    void namesInNativeScriptAndCharactersBeyondTheBasicPlaneArriveIntact() throws IOException {
        assertThat(records("احمد ضیا,حیدری,\"ګل، 🌷\"\n"))
                .containsExactly(List.of("احمد ضیا", "حیدری", "ګل، 🌷"));
    }

    @Test
    void readsARecordWithoutReadingTheNext() throws IOException {
        String first = "HAIDARI,AHMAD ZIA\n";
        // the file's second record is unreadable: the first must be had without touching it
        Reader failingAfterFirstRecord =
                new Reader() {
                    private int position;

                    @Override
                    public int read(char[] buffer, int offset, int length) throws IOException {
                        if (position >= first.length()) {
                            throw new IOException("read past the first record");
                        }
                        buffer[offset] = first.charAt(position++);
                        return 1;
                    }

                    @Override
                    public void close() {}
                };
        CsvReader csv = new CsvReader(failingAfterFirstRecord);

        assertThat(csv.next()).containsExactly("HAIDARI", "AHMAD ZIA");
        assertThatThrownBy(csv::next).hasMessage("read past the first record");
    }

    private static List<List<String>> records(String text) throws IOException {
        CsvReader csv = new CsvReader(new StringReader(text));
        List<List<String>> records = new ArrayList<>();
        for (List<String> record = csv.next(); record != null; record = csv.next()) {
            records.add(record);
        }
        return records;
    }
}
