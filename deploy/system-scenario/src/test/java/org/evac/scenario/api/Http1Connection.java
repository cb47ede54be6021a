package org.evac.scenario.api;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 connection, kept alive between requests, written and read by hand so that a test
 * knows what the generated clients and {@code java.net.http} hide: whether a failed request met a
 * closed connection before any byte of an answer came back (the server never took it: {@link
 * NoAnswer}), or an answer began and broke off ({@link BrokenAnswer}, which a server that ends
 * gracefully must never do). A {@code java.net.http} client reuses pooled connections on its own
 * and reports both as the same {@link IOException}.
 */
public final class Http1Connection implements Closeable {

    private static final int READ_TIMEOUT_MILLIS = 120_000;

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final String host;
    private boolean open = true;

    private Http1Connection(Socket socket, String host) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.in = new BufferedInputStream(socket.getInputStream());
        this.host = host;
    }

    /** No server listens on the port: nothing was sent. */
    public static final class NotListening extends IOException {
        NotListening(int port, ConnectException cause) {
            super("Nothing listens on port " + port, cause);
        }
    }

    /** The connection ended before the first byte of an answer: the server did not take it. */
    public static final class NoAnswer extends IOException {
        NoAnswer(String detail, Throwable cause) {
            super("The connection ended before any answer: " + detail, cause);
        }
    }

    /** An answer began and did not end: whatever the server did, the client cannot know it. */
    public static final class BrokenAnswer extends IOException {
        BrokenAnswer(String detail, Throwable cause) {
            super("The answer broke off: " + detail, cause);
        }
    }

    /** A whole answer; header names in lower case. */
    public record Answer(int status, Map<String, String> headers, byte[] body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** The server said it closes the connection after this answer. */
        public boolean closes() {
            return "close".equalsIgnoreCase(header("connection"));
        }
    }

    public static Http1Connection open(int port) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress("localhost", port), 5_000);
        } catch (ConnectException refused) {
            socket.close();
            throw new NotListening(port, refused);
        }
        socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        socket.setTcpNoDelay(true);
        return new Http1Connection(socket, "localhost:" + port);
    }

    /** Whether another request may be sent on this connection. */
    public boolean isOpen() {
        return open && !socket.isClosed();
    }

    /** Sends one request and reads its whole answer. */
    public Answer exchange(String method, String target, Map<String, String> headers, byte[] body)
            throws IOException {
        StringBuilder head = new StringBuilder();
        head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        head.append("Host: ").append(host).append("\r\n");
        headers.forEach(
                (name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (body.length > 0 || !"GET".equals(method)) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        try {
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
        } catch (IOException e) {
            close();
            throw new NoAnswer("while sending the request (" + e + ")", e);
        }
        try {
            return readAnswer();
        } finally {
            if (!open) {
                close();
            }
        }
    }

    private Answer readAnswer() throws IOException {
        String statusLine;
        try {
            statusLine = line(true);
        } catch (NoAnswer e) {
            open = false;
            throw e;
        }
        try {
            int status = Integer.parseInt(statusLine.split(" ", 3)[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line = line(false); !line.isEmpty(); line = line(false)) {
                int colon = line.indexOf(':');
                headers.put(
                        line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).strip());
            }
            byte[] body = body(headers);
            if ("close".equalsIgnoreCase(headers.get("connection"))) {
                open = false;
            }
            return new Answer(status, Map.copyOf(headers), body);
        } catch (IOException | RuntimeException e) {
            open = false;
            throw e instanceof BrokenAnswer broken
                    ? broken
                    : new BrokenAnswer("after '" + statusLine + "' (" + e + ")", e);
        }
    }

    private byte[] body(Map<String, String> headers) throws IOException {
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (int size = chunkSize(); size > 0; size = chunkSize()) {
                body.write(exactly(size));
                line(false);
            }
            for (String trailer = line(false); !trailer.isEmpty(); trailer = line(false)) {
                // trailers carry nothing the tests read
            }
            return body.toByteArray();
        }
        String length = headers.get("content-length");
        if (length != null) {
            return exactly(Integer.parseInt(length));
        }
        open = false;
        return in.readAllBytes();
    }

    private int chunkSize() throws IOException {
        String line = line(false);
        int extension = line.indexOf(';');
        return Integer.parseInt(extension < 0 ? line : line.substring(0, extension), 16);
    }

    private byte[] exactly(int length) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new BrokenAnswer(
                    "the body ended after " + bytes.length + " of " + length + " bytes", null);
        }
        return bytes;
    }

    /** One line without its CRLF; the first of an answer tells a closed connection apart. */
    private String line(boolean first) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int b;
            try {
                b = in.read();
            } catch (IOException e) {
                if (first && line.size() == 0) {
                    throw new NoAnswer(e.toString(), e);
                }
                throw new BrokenAnswer(e.toString(), e);
            }
            if (b < 0) {
                if (first && line.size() == 0) {
                    throw new NoAnswer("end of stream", null);
                }
                throw new BrokenAnswer("end of stream in a line", null);
            }
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int end =
                        bytes.length > 0 && bytes[bytes.length - 1] == '\r'
                                ? bytes.length - 1
                                : bytes.length;
                return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
    }

    @Override
    public void close() {
        open = false;
        try {
            socket.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }
}
