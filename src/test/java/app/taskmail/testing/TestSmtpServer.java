package app.taskmail.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * A real SMTP server (or a deliberately broken peer) started by a test on a free loopback port. Every one
 * records whether a client ever attempted AUTH before TLS was up, so tests can prove that nothing was
 * authenticated in clear text. Close it when done ({@code try}-with-resources or {@code @AfterAll}).
 */
public interface TestSmtpServer extends AutoCloseable {

    /** The address to connect to; certificates of the TLS servers name it and {@code localhost}. */
    default String host() {
        return "127.0.0.1";
    }

    int port();

    /** Whether any client sent AUTH before TLS started (always the case on a server without TLS). */
    boolean authAttemptedInClear();

    @Override
    void close();

    /** A loopback port on which nothing listens any more: connections to it are refused. */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }
}
