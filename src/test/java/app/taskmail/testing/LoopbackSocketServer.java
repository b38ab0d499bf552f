package app.taskmail.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A hand-written TCP server on a free loopback port: accepts connections on a daemon thread and hands each
 * to {@link #converse(Socket)} on a thread of its own; {@link #close()} closes the listener and every
 * connection. Subclasses call {@link #listen()} at the end of their constructor, once their own fields are set.
 */
abstract class LoopbackSocketServer implements TestSmtpServer {

    private final ServerSocket listener;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private final String name;

    LoopbackSocketServer(String name) throws IOException {
        this.name = name;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    /** Talks with one client; the socket is closed by the caller's try-with-resources or by {@link #close()}. */
    abstract void converse(Socket socket);

    final void listen() {
        Thread acceptor = new Thread(this::acceptLoop, name);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @Override
    public int port() {
        return listener.getLocalPort();
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException ignored) {
            // already closed
        }
        for (Socket socket : connections) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                connections.add(socket);
                Thread session = new Thread(() -> converse(socket), name + "-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException e) {
                return;
            }
        }
    }
}
