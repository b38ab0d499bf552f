package app.taskmail.mailbox;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The bytes of an SMTP conversation: lines in with a deadline, bytes out. Reads go through a small buffer
 * of its own, so that {@link #hasBufferedInput()} can tell whether the server sent more than it was asked for.
 *
 * <p>Reads are bounded by the socket's read timeout, set before every read to what is left until the
 * deadline. Writes are not covered by read timeouts; {@link #writeWithin} cuts the connection when a large
 * write does not finish in time (a server that stops reading).
 */
final class SmtpWire implements AutoCloseable {

    private static final ScheduledExecutorService WATCHDOG = watchdog();

    /** The TCP connection; after STARTTLS {@link #socket} is the TLS layer over it. */
    private final Socket raw;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private final byte[] buffer = new byte[4096];
    private int position;
    private int limit;

    SmtpWire(Socket socket) throws IOException {
        raw = socket;
        replaceSocket(socket);
    }

    Socket raw() {
        return raw;
    }

    void replaceSocket(Socket next) throws IOException {
        socket = next;
        in = next.getInputStream();
        out = next.getOutputStream();
        position = 0;
        limit = 0;
    }

    boolean hasBufferedInput() {
        return position < limit;
    }

    /** One line without its CRLF, complete before the deadline ({@link System#nanoTime()} based). */
    String readLine(long deadline, int maxLength) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        while (true) {
            if (position == limit) {
                fill(deadline);
            }
            byte b = buffer[position++];
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.UTF_8);
            }
            if (line.size() >= maxLength) {
                throw new IOException("reply line too long");
            }
            line.write(b);
        }
    }

    private void fill(long deadline) throws IOException {
        long remainingMillis = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (remainingMillis <= 0) {
            throw new SocketTimeoutException("no complete reply in time");
        }
        socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, remainingMillis));
        int read = in.read(buffer, 0, buffer.length);
        if (read < 0) {
            throw new EOFException("connection closed by the server");
        }
        position = 0;
        limit = read;
    }

    void write(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Writes, cutting the connection if the write is not done within the allowed time. */
    void writeWithin(byte[] bytes, Duration allowed) throws IOException {
        ScheduledFuture<?> cut = WATCHDOG.schedule(() -> closeQuietly(raw), allowed.toMillis(), TimeUnit.MILLISECONDS);
        try {
            write(bytes);
        } catch (IOException e) {
            throw cut.isDone() ? new SocketTimeoutException("write not finished in time") : e;
        } finally {
            cut.cancel(false);
        }
    }

    @Override
    public void close() {
        closeQuietly(socket);
        closeQuietly(raw);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a broken connection
        }
    }

    private static ScheduledExecutorService watchdog() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "smtp-write-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }
}
