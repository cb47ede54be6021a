package org.evac.infrastructure.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Whether a request URI is printable ASCII whose percent-escapes decode to UTF-8 without NUL or
 * other control characters.
 */
final class UriCheck {

    private UriCheck() {}

    static Optional<String> problemWith(String uri) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(uri.length());
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c == '%') {
                if (i + 2 >= uri.length()
                        || Character.digit(uri.charAt(i + 1), 16) < 0
                        || Character.digit(uri.charAt(i + 2), 16) < 0) {
                    return Optional.of("A '%' in the URI is not followed by two hex digits");
                }
                bytes.write(
                        Character.digit(uri.charAt(i + 1), 16) * 16
                                + Character.digit(uri.charAt(i + 2), 16));
                i += 2;
            } else if (c <= 0x20 || c >= 0x7F) {
                return Optional.of("The URI contains a character that must be percent-encoded");
            } else {
                bytes.write(c);
            }
        }
        String decoded;
        try {
            decoded =
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes.toByteArray()))
                            .toString();
        } catch (CharacterCodingException e) {
            return Optional.of("The URI's percent-escapes are not valid UTF-8");
        }
        for (int i = 0; i < decoded.length(); i++) {
            if (Character.isISOControl(decoded.charAt(i))) {
                return Optional.of("The URI contains a NUL or other control character");
            }
        }
        return Optional.empty();
    }
}
