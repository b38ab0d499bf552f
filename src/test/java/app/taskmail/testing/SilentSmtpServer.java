package app.taskmail.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tarpit: accepts TCP connections and never says a word, so a client waits for a greeting that does not
 * come. Whatever a client sends is read and noted ({@link #bytesReceived()}, AUTH detection), never answered.
 */
public final class SilentSmtpServer extends LoopbackSocketServer {

    private final AtomicInteger bytes = new AtomicInteger();
    private final AtomicBoolean auth = new AtomicBoolean();
    private final StringBuffer received = new StringBuffer();

    private SilentSmtpServer() throws IOException {
        super("silent-smtp");
        listen();
    }

    public static SilentSmtpServer start() {
        try {
            return new SilentSmtpServer();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }

    public int bytesReceived() {
        return bytes.get();
    }

    @Override
    public boolean authAttemptedInClear() {
        return auth.get();
    }

    @Override
    void converse(Socket socket) {
        byte[] buffer = new byte[1024];
        try (InputStream in = socket.getInputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                bytes.addAndGet(read);
                received.append(new String(buffer, 0, read, java.nio.charset.StandardCharsets.ISO_8859_1));
                if (received.toString().toUpperCase(java.util.Locale.ROOT).contains("AUTH")) {
                    auth.set(true);
                }
            }
        } catch (IOException ignored) {
            // closed
        }
    }
}
