package org.evac.infrastructure.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SmsEncodingTest {

    private static String reassembled(SmsEncoding.Encoded encoded) {
        StringBuilder text = new StringBuilder();
        for (byte[] segment : encoded.segments()) {
            text.append(
                    SmsEncoding.decode(
                                    encoded.coding().dataCoding(), encoded.concatenated(), segment)
                            .text());
        }
        return text.toString();
    }

    @Test
    void englishFitsGsm7AndItsCodesAreTheStandardSeptets() {
        assertThat(Gsm7.encode("@£A a0")).containsExactly(0x00, 0x01, 0x41, 0x20, 0x61, 0x30);
        assertThat(Gsm7.encode("€[")).containsExactly(0x1B, 0x65, 0x1B, 0x3C);
        SmsEncoding.Encoded encoded = SmsEncoding.encode("Reply 1 482913 to accept.", 7);
        assertThat(encoded.coding()).isEqualTo(SmsEncoding.Coding.GSM7);
        assertThat(encoded.concatenated()).isFalse();
        assertThat(reassembled(encoded)).isEqualTo("Reply 1 482913 to accept.");
    }

    @Test
    void dariAndPashtoNeedUcs2() {
        assertThat(SmsEncoding.encode("برای قبول ۱ بفرستید", 1).coding())
                .isEqualTo(SmsEncoding.Coding.UCS2);
        assertThat(SmsEncoding.encode("د منلو لپاره ۱ ولیږئ", 1).coding())
                .isEqualTo(SmsEncoding.Coding.UCS2);
        // One character outside the alphabet is enough to switch the whole text.
        assertThat(SmsEncoding.encode("Flight QR8012 – gate 3", 1).coding())
                .isEqualTo(SmsEncoding.Coding.UCS2);
    }

    @Test
    void exactlyOneShortMessageAtTheLimitsAndSegmentsBeyond() {
        assertThat(SmsEncoding.encode("a".repeat(160), 1).segments()).hasSize(1);
        assertThat(SmsEncoding.encode("a".repeat(161), 1).segments()).hasSize(2);
        assertThat(SmsEncoding.encode("ب".repeat(70), 1).segments()).hasSize(1);
        SmsEncoding.Encoded dari = SmsEncoding.encode("ب".repeat(135), 9);
        assertThat(dari.segments()).hasSize(3);
        assertThat(dari.concatenated()).isTrue();
        // 6-octet header then 67 UCS-2 characters: 140 octets, the most one short message holds.
        assertThat(dari.segments().get(0)).hasSize(140);
        assertThat(dari.segments().get(0)).startsWith(0x05, 0x00, 0x03, 9, 3, 1);
        assertThat(reassembled(dari)).isEqualTo("ب".repeat(135));
    }

    @Test
    void everySegmentCarriesItsPlaceInTheWhole() {
        SmsEncoding.Encoded encoded = SmsEncoding.encode("x".repeat(400), 200);
        List<SmsEncoding.Part> parts =
                encoded.segments().stream()
                        .map(s -> SmsEncoding.decode((byte) 0, true, s))
                        .toList();
        assertThat(parts).extracting(SmsEncoding.Part::sequence).containsExactly(1, 2, 3);
        assertThat(parts).allSatisfy(p -> assertThat(p.total()).isEqualTo(3));
        assertThat(parts).allSatisfy(p -> assertThat(p.reference()).isEqualTo(200));
        assertThat(parts.get(0).text()).hasSize(153);
    }

    @Test
    void neverSplitsAnEscapeSequenceOrASurrogatePair() {
        String euros = "a".repeat(152) + "€" + "b".repeat(10);
        SmsEncoding.Encoded gsm = SmsEncoding.encode(euros, 1);
        assertThat(SmsEncoding.decode((byte) 0, true, gsm.segments().get(0)).text())
                .isEqualTo("a".repeat(152));
        assertThat(reassembled(gsm)).isEqualTo(euros);

        String emoji = "ب".repeat(66) + "😀" + "ب".repeat(5);
        SmsEncoding.Encoded ucs2 = SmsEncoding.encode(emoji, 1);
        assertThat(reassembled(ucs2)).isEqualTo(emoji);
        assertThat(SmsEncoding.decode((byte) 8, true, ucs2.segments().get(0)).text())
                .isEqualTo("ب".repeat(66));
    }

    @Test
    void readsUcs2AsSmppAndAsAGsmCodingGroupWithAMessageClassName() {
        byte[] yes = "بلی".getBytes(java.nio.charset.StandardCharsets.UTF_16BE);
        assertThat(SmsEncoding.decode((byte) 0x08, false, yes).text()).isEqualTo("بلی");
        assertThat(SmsEncoding.decode((byte) 0x19, false, yes).text()).isEqualTo("بلی");
        assertThat(SmsEncoding.decode((byte) 0x00, false, Gsm7.encode("yes")).text())
                .isEqualTo("yes");
    }

    @Test
    void refusesTextsThatWouldNeedMoreThanTenSegments() {
        assertThatThrownBy(() -> SmsEncoding.encode("ب".repeat(671), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
