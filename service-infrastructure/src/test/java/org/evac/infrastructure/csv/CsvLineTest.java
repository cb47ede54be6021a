package org.evac.infrastructure.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvLineTest {

    @Test
    void formulasStayText() {
        assertThat(CsvLine.of(List.of("=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)")))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\",'+1+1,'-2+3,'@SUM(A1)\r\n");
    }

    @Test
    void signedNumbersPhoneNumbersAndPlainTextAreLeftAlone() {
        assertThat(CsvLine.of(List.of("+93701234567", "-5", "Rahimi", "")))
                .isEqualTo("+93701234567,-5,Rahimi,\r\n");
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedAndNullIsEmpty() {
        assertThat(CsvLine.of(Arrays.asList("a,b", "say \"hi\"", "two\nlines", null)))
                .isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n");
    }
}
