package app.taskmail.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny SMTP peer that answers from a script, for the faults real servers rarely produce on demand. Plain
 * (no TLS); it offers AUTH PLAIN and LOGIN and accepts any credentials. The script maps a stage —
 * {@code GREETING}, {@code MAIL}, {@code RCPT}, {@code DATA} (the reply after the message) — to the reply
 * line to send; the special reply {@value #DROP} closes the connection instead. Stages not in the script
 * get an ordinary success. It records the raw text of every message it accepted.
 */
public final class ScriptedSmtpPeer implements AutoCloseable {

    public static final String DROP = "DROP";

    private final ServerSocket socket;
    private final Map<String, String> script;
    private final List<String> accepted = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    public ScriptedSmtpPeer(int port, Map<String, String> script) {
        this.script = Map.copyOf(script);
        try {
            socket = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on " + port, e);
        }
        acceptor = new Thread(this::acceptLoop, "scripted-smtp-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** Raw text (headers and body) of every message this peer answered 250 to after DATA. */
    public List<String> accepted() {
        return List.copyOf(accepted);
    }

    @Override
    public void close() {
        try {
            socket.close();
            acceptor.join(2000);
        } catch (IOException | InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Thread session = new Thread(() -> serve(client), acceptor.getName() + "-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException e) {
                // the peer was closed
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            client.setSoTimeout(10_000);
            converse(client);
        } catch (IOException e) {
            // the client went away: nothing to do
        }
    }

    private void converse(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        OutputStream out = client.getOutputStream();
        if (!reply(out, "GREETING", "220 scripted.test ESMTP")) {
            return;
        }
        String line;
        while ((line = in.readLine()) != null) {
            String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
            boolean open = switch (command) {
                case "EHLO" -> write(out, "250-scripted.test\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME");
                case "HELO" -> write(out, "250 scripted.test");
                case "AUTH" -> auth(line, in, out);
                case "MAIL" -> reply(out, "MAIL", "250 2.1.0 Ok");
                case "RCPT" -> reply(out, "RCPT", "250 2.1.5 Ok");
                case "DATA" -> data(in, out);
                case "QUIT" -> !write(out, "221 2.0.0 Bye");
                default -> write(out, "250 2.0.0 Ok");
            };
            if (!open) {
                return;
            }
        }
    }

    private boolean auth(String line, BufferedReader in, OutputStream out) throws IOException {
        if (line.toUpperCase().startsWith("AUTH LOGIN")) {
            write(out, "334 VXNlcm5hbWU6");
            in.readLine();
            write(out, "334 UGFzc3dvcmQ6");
            in.readLine();
        } else if (line.trim().equalsIgnoreCase("AUTH PLAIN")) {
            write(out, "334 ");
            in.readLine();
        }
        return write(out, "235 2.7.0 Authentication successful");
    }

    private boolean data(BufferedReader in, OutputStream out) throws IOException {
        write(out, "354 End data with <CR><LF>.<CR><LF>");
        StringBuilder message = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null && !line.equals(".")) {
            message.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
        }
        String reply = script.getOrDefault("DATA", "250 2.0.0 Ok: queued");
        if (reply.startsWith("250")) {
            accepted.add(message.toString());
        }
        return reply(out, "DATA", "250 2.0.0 Ok: queued");
    }

    private boolean reply(OutputStream out, String stage, String success) throws IOException {
        String reply = script.getOrDefault(stage, success);
        if (DROP.equals(reply)) {
            return false;
        }
        return write(out, reply);
    }

    private static boolean write(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return true;
    }
}
