package app.taskmail.testing;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A plain SMTP client on a raw socket, for tests that need exact bytes on the wire (malformed MIME, huge
 * messages without a SIZE declaration) and every reply code. Lines of the message are dot-stuffed as
 * RFC 5321 requires; nothing else is changed.
 */
public final class SmtpClient implements AutoCloseable {

    /** One SMTP reply; {@code text} holds the last line's text. */
    public record Reply(int code, String text) {
        public boolean positive() {
            return code >= 200 && code < 400;
        }
    }

    private final Socket socket;
    private final BufferedReader in;
    private final OutputStream out;

    private SmtpClient(Socket socket) throws IOException {
        this.socket = socket;
        this.socket.setSoTimeout(60_000);
        this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
        this.out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
    }

    public static SmtpClient connect(int port) {
        try {
            SmtpClient client = new SmtpClient(new Socket("127.0.0.1", port));
            client.reply();
            client.command("EHLO test.example");
            return client;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A whole transaction on a new connection: MAIL, RCPT (each), DATA. Returns the first reply that is
     * not positive, else the reply to the message.
     */
    public static Reply send(int port, String from, String to, byte[] message) {
        try (SmtpClient client = connect(port)) {
            Reply reply = client.command("MAIL FROM:<" + from + ">");
            if (!reply.positive()) {
                return reply;
            }
            reply = client.command("RCPT TO:<" + to + ">");
            return reply.positive() ? client.data(message) : reply;
        }
    }

    public Reply command(String line) {
        try {
            out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return reply();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** DATA, the message dot-stuffed, the final dot; returns the reply to the message. */
    public Reply data(byte[] message) {
        Reply go = command("DATA");
        if (go.code() != 354) {
            return go;
        }
        try {
            boolean lineStart = true;
            for (byte b : message) {
                if (lineStart && b == '.') {
                    out.write('.');
                }
                out.write(b);
                lineStart = b == '\n';
            }
            out.write((lineStart ? ".\r\n" : "\r\n.\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return reply();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Reply reply() throws IOException {
        String line;
        do {
            line = in.readLine();
            if (line == null) {
                throw new IOException("connection closed by the server");
            }
        } while (line.length() > 3 && line.charAt(3) == '-');
        return new Reply(Integer.parseInt(line.substring(0, 3)), line.length() > 4 ? line.substring(4) : "");
    }

    @Override
    public void close() {
        try {
            command("QUIT");
        } catch (UncheckedIOException e) {
            // the server may already have closed the connection
        }
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
