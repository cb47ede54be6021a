package org.evac.infrastructure.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body that fails as soon as it exceeds its limit, and, when it is text, as soon as a
 * byte is not well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above
 * U+10FFFF) or is NUL.
 */
final class CheckedBody extends FilterInputStream {

    private final long limit;
    private final boolean text;
    private long count;

    /** Continuation bytes still expected, and the range the next one must fall in. */
    private int pending;

    private int nextLow = 0x80;
    private int nextHigh = 0xBF;

    CheckedBody(InputStream in, long limit, boolean text) {
        super(in);
        this.limit = limit;
        this.text = text;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            end();
        } else {
            check(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n < 0) {
            end();
        }
        for (int i = 0; i < n; i++) {
            check(buffer[offset + i] & 0xFF);
        }
        return n;
    }

    private void check(int b) {
        if (++count > limit) {
            throw BodyLimits.tooLarge(limit);
        }
        if (!text) {
            return;
        }
        if (pending > 0) {
            if (b < nextLow || b > nextHigh) {
                throw BodyLimits.invalidEncoding(
                        "The body is not valid UTF-8 (byte " + count + ")");
            }
            pending--;
            nextLow = 0x80;
            nextHigh = 0xBF;
            return;
        }
        if (b == 0) {
            throw BodyLimits.invalidEncoding("The body contains a NUL byte (byte " + count + ")");
        } else if (b < 0x80) {
            return;
        } else if (b >= 0xC2 && b <= 0xDF) {
            pending = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            pending = 2;
            nextLow = b == 0xE0 ? 0xA0 : 0x80;
            nextHigh = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            pending = 3;
            nextLow = b == 0xF0 ? 0x90 : 0x80;
            nextHigh = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            throw BodyLimits.invalidEncoding("The body is not valid UTF-8 (byte " + count + ")");
        }
    }

    private void end() {
        if (text && pending > 0) {
            throw BodyLimits.invalidEncoding("The body ends inside a UTF-8 sequence");
        }
    }
}
