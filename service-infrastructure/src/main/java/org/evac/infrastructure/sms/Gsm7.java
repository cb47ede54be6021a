package org.evac.infrastructure.sms;

import java.io.ByteArrayOutputStream;
import java.util.Optional;

/**
 * The GSM 03.38 default alphabet and its extension table, one septet per octet (the unpacked form
 * SMPP carries with data_coding 0): the SMSC packs septets for the air interface itself. A
 * character of the extension table costs two septets (escape, then its code).
 */
public final class Gsm7 {

    /** Septet 0x1B: the next septet is read from the extension table. */
    public static final int ESCAPE = 0x1B;

    private static final String BASIC =
            "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                    + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    /** Extension characters and the septet that follows the escape for each. */
    private static final String EXTENDED = "\f^{}\\[~]|€";

    private static final byte[] EXTENDED_CODES = {
        0x0A, 0x14, 0x28, 0x29, 0x2F, 0x3C, 0x3D, 0x3E, 0x40, 0x65
    };

    private Gsm7() {}

    /** Septets the text needs, or empty when a character is outside both tables. */
    public static Optional<Integer> septets(CharSequence text) {
        int septets = 0;
        for (int i = 0; i < text.length(); i++) {
            int cost = cost(text.charAt(i));
            if (cost == 0) {
                return Optional.empty();
            }
            septets += cost;
        }
        return Optional.of(septets);
    }

    /**
     * Septets one character needs: 1 in the basic table, 2 in the extension table, 0 if neither.
     */
    public static int cost(char c) {
        if (c != ESCAPE && BASIC.indexOf(c) >= 0) {
            return 1;
        }
        return EXTENDED.indexOf(c) >= 0 ? 2 : 0;
    }

    /**
     * @throws IllegalArgumentException for a character outside both tables
     */
    public static byte[] encode(CharSequence text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int basic = c == ESCAPE ? -1 : BASIC.indexOf(c);
            if (basic >= 0) {
                out.write(basic);
                continue;
            }
            int extended = EXTENDED.indexOf(c);
            if (extended < 0) {
                throw new IllegalArgumentException(
                        "U+" + Integer.toHexString(c) + " is not in the GSM 7-bit alphabet");
            }
            out.write(ESCAPE);
            out.write(EXTENDED_CODES[extended]);
        }
        return out.toByteArray();
    }

    /** Unknown septets and escapes become a space, as handsets show them. */
    public static String decode(byte[] septets, int offset, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = offset; i < offset + length; i++) {
            int septet = septets[i] & 0x7F;
            if (septet == ESCAPE && i + 1 < offset + length) {
                int code = septets[++i] & 0x7F;
                text.append(extended(code));
            } else if (septet == ESCAPE) {
                text.append(' ');
            } else {
                text.append(BASIC.charAt(septet));
            }
        }
        return text.toString();
    }

    private static char extended(int code) {
        for (int i = 0; i < EXTENDED_CODES.length; i++) {
            if (EXTENDED_CODES[i] == code) {
                return EXTENDED.charAt(i);
            }
        }
        return ' ';
    }
}
