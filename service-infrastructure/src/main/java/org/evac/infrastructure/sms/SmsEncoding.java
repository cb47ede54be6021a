package org.evac.infrastructure.sms;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a text travels as SMS: GSM 7-bit when every character is in the GSM alphabet, UCS-2 otherwise
 * (Dari and Pashto always are), split into concatenated segments with a user data header when one
 * short message cannot hold it. A segment never splits an escape sequence or a surrogate pair.
 */
public final class SmsEncoding {

    /** Septets in one short message, and per segment once a 6-octet header takes 7 of them. */
    public static final int GSM7_SINGLE = 160;

    public static final int GSM7_SEGMENT = 153;

    /** UCS-2 characters in one short message, and per segment after the header. */
    public static final int UCS2_SINGLE = 70;

    public static final int UCS2_SEGMENT = 67;

    /** Segments above this are refused: handsets reassemble at most 255, operators far fewer. */
    public static final int MAX_SEGMENTS = 10;

    private static final int UDH_LENGTH = 6;

    private SmsEncoding() {}

    /** The SMPP data_coding values used here. */
    public enum Coding {
        GSM7((byte) 0x00),
        UCS2((byte) 0x08);

        private final byte dataCoding;

        Coding(byte dataCoding) {
            this.dataCoding = dataCoding;
        }

        public byte dataCoding() {
            return dataCoding;
        }
    }

    /**
     * The short messages of one text.
     *
     * @param concatenated whether each segment starts with a user data header (esm_class UDHI)
     */
    public record Encoded(Coding coding, boolean concatenated, List<byte[]> segments) {}

    /** One short message read back: its text and, when concatenated, its place in the whole. */
    public record Part(String text, int reference, int total, int sequence) {

        public boolean single() {
            return total == 1;
        }
    }

    /**
     * @param reference concatenation reference (0-255), the same for every segment of the text
     * @throws IllegalArgumentException when the text needs more than {@link #MAX_SEGMENTS}
     */
    public static Encoded encode(String text, int reference) {
        Optional<Integer> septets = Gsm7.septets(text);
        List<String> pieces =
                septets.isPresent() ? gsm7Pieces(text, septets.get()) : ucs2Pieces(text);
        if (pieces.size() > MAX_SEGMENTS) {
            throw new IllegalArgumentException(
                    "Text needs " + pieces.size() + " segments; at most " + MAX_SEGMENTS);
        }
        Coding coding = septets.isPresent() ? Coding.GSM7 : Coding.UCS2;
        boolean concatenated = pieces.size() > 1;
        List<byte[]> segments = new ArrayList<>(pieces.size());
        for (int i = 0; i < pieces.size(); i++) {
            byte[] body =
                    coding == Coding.GSM7
                            ? Gsm7.encode(pieces.get(i))
                            : pieces.get(i).getBytes(StandardCharsets.UTF_16BE);
            segments.add(concatenated ? withHeader(body, reference, pieces.size(), i + 1) : body);
        }
        return new Encoded(coding, concatenated, List.copyOf(segments));
    }

    /** Reads one short message as an SMSC or a handset would. */
    public static Part decode(byte dataCoding, boolean udhi, byte[] shortMessage) {
        int offset = 0;
        int reference = 0;
        int total = 1;
        int sequence = 1;
        if (udhi && shortMessage.length > 0) {
            int headerLength = shortMessage[0] & 0xFF;
            offset = headerLength + 1;
            for (int i = 1; i + 1 < offset; ) {
                int element = shortMessage[i] & 0xFF;
                int length = shortMessage[i + 1] & 0xFF;
                if (element == 0x00 && length == 3) {
                    reference = shortMessage[i + 2] & 0xFF;
                    total = shortMessage[i + 3] & 0xFF;
                    sequence = shortMessage[i + 4] & 0xFF;
                } else if (element == 0x08 && length == 4) {
                    reference = ((shortMessage[i + 2] & 0xFF) << 8) | (shortMessage[i + 3] & 0xFF);
                    total = shortMessage[i + 4] & 0xFF;
                    sequence = shortMessage[i + 5] & 0xFF;
                }
                i += 2 + length;
            }
        }
        int length = Math.max(0, shortMessage.length - offset);
        String text;
        if (ucs2(dataCoding)) {
            text = new String(shortMessage, offset, length, StandardCharsets.UTF_16BE);
        } else if (dataCoding == 0x03) {
            text = new String(shortMessage, offset, length, StandardCharsets.ISO_8859_1);
        } else {
            text = Gsm7.decode(shortMessage, offset, length);
        }
        return new Part(text, reference, total, sequence);
    }

    /**
     * UCS-2 as SMPP names it (0x08), or as a GSM 03.38 coding group with a message class (bits 7-6
     * clear, bit 4 set, alphabet bits 3-2 = 10).
     */
    public static boolean ucs2(byte dataCoding) {
        return dataCoding == Coding.UCS2.dataCoding()
                || ((dataCoding & 0xC0) == 0
                        && (dataCoding & 0x10) != 0
                        && ((dataCoding >> 2) & 0x03) == 2);
    }

    private static List<String> gsm7Pieces(String text, int septets) {
        if (septets <= GSM7_SINGLE) {
            return List.of(text);
        }
        List<String> pieces = new ArrayList<>();
        int start = 0;
        int used = 0;
        for (int i = 0; i < text.length(); i++) {
            int cost = Gsm7.cost(text.charAt(i));
            if (used + cost > GSM7_SEGMENT) {
                pieces.add(text.substring(start, i));
                start = i;
                used = 0;
            }
            used += cost;
        }
        pieces.add(text.substring(start));
        return pieces;
    }

    private static List<String> ucs2Pieces(String text) {
        if (text.length() <= UCS2_SINGLE) {
            return List.of(text);
        }
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(start + UCS2_SEGMENT, text.length());
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            pieces.add(text.substring(start, end));
            start = end;
        }
        return pieces;
    }

    private static byte[] withHeader(byte[] body, int reference, int total, int sequence) {
        byte[] segment = new byte[UDH_LENGTH + body.length];
        segment[0] = 0x05;
        segment[1] = 0x00;
        segment[2] = 0x03;
        segment[3] = (byte) reference;
        segment[4] = (byte) total;
        segment[5] = (byte) sequence;
        System.arraycopy(body, 0, segment, UDH_LENGTH, body.length);
        return segment;
    }
}
