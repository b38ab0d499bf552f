package app.taskmail.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP relay in front of a test mail server that records every command line a client sends <em>before TLS
 * starts</em>. Whatever library the server is, this shows from the outside whether a client ever said
 * {@code AUTH} in clear text.
 *
 * <p>A line that begins with the byte 0x16 (a TLS handshake record) switches the connection to opaque: from
 * then on, as on an implicit-TLS port from the first byte, nothing can be read and nothing is recorded.
 * AUTH lines are recorded without their credentials.
 */
public final class ClearTextRecorder implements AutoCloseable {

    private static final int TLS_HANDSHAKE = 0x16;

    private final ServerSocket listener;
    private final int targetPort;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "clear-text-recorder");
        thread.setDaemon(true);
        return thread;
    });
    private final List<String> commands = new CopyOnWriteArrayList<>();
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

    private ClearTextRecorder(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.submit(this::acceptLoop);
    }

    /** Starts a relay on a free loopback port that forwards to this port on the loopback address. */
    public static ClearTextRecorder inFrontOf(int targetPort) {
        try {
            return new ClearTextRecorder(targetPort);
        } catch (IOException e) {
            throw new IllegalStateException("cannot open a relay port", e);
        }
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** The commands clients sent in clear text, in order (AUTH lines without credentials). */
    public List<String> clearTextCommands() {
        return List.copyOf(commands);
    }

    public boolean authAttemptedInClear() {
        return commands.stream().anyMatch(c -> c.toUpperCase(Locale.ROOT).startsWith("AUTH"));
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException ignored) {
            // already closed
        }
        sockets.forEach(ClearTextRecorder::closeQuietly);
        threads.shutdownNow();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                sockets.add(client);
                Socket server = new Socket();
                sockets.add(server);
                try {
                    server.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort), 5_000);
                } catch (IOException e) {
                    closeQuietly(client);
                    closeQuietly(server);
                    continue;
                }
                LineTap tap = new LineTap();
                threads.submit(() -> pump(client, server, tap));
                threads.submit(() -> pump(server, client, null));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to, LineTap tap) {
        byte[] buffer = new byte[8192];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                if (tap != null) {
                    tap.observe(buffer, read);
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException ignored) {
            // one side went away
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    /** Splits the client's clear-text bytes into lines until TLS starts. */
    private final class LineTap {
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        private boolean opaque;

        void observe(byte[] bytes, int length) {
            for (int i = 0; i < length && !opaque; i++) {
                int b = bytes[i] & 0xff;
                if (line.size() == 0 && b == TLS_HANDSHAKE) {
                    opaque = true;
                } else if (b == '\n') {
                    commands.add(withoutCredentials(line.toString(StandardCharsets.UTF_8).strip()));
                    line.reset();
                } else if (line.size() < 4096) {
                    line.write(b);
                }
            }
        }

        private static String withoutCredentials(String command) {
            String[] words = command.split(" ");
            return words.length > 2 && words[0].equalsIgnoreCase("AUTH") ? words[0] + " " + words[1] + " …" : command;
        }
    }
}
