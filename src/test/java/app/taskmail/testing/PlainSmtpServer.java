package app.taskmail.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An SMTP server without any TLS: its EHLO offers {@code AUTH PLAIN LOGIN} but no STARTTLS, as a badly set up
 * server or an attacker who strips STARTTLS would. A careful client refuses to log in here unless told the
 * connection may be unencrypted. It checks one login and password ({@code 535} when wrong), accepts every
 * sender and recipient, and records each command line ({@link #commands()}).
 */
public final class PlainSmtpServer extends LoopbackSocketServer {

    private final String login;
    private final String password;
    private final List<String> commands = new CopyOnWriteArrayList<>();

    private PlainSmtpServer(String login, String password) throws IOException {
        super("plain-smtp");
        this.login = login;
        this.password = password;
        listen();
    }

    public static PlainSmtpServer start(String login, String password) {
        try {
            return new PlainSmtpServer(login, password);
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }

    /** Every command received, AUTH lines without credentials. */
    public List<String> commands() {
        return List.copyOf(commands);
    }

    @Override
    public boolean authAttemptedInClear() {
        return commands.stream().anyMatch(c -> c.toUpperCase(Locale.ROOT).startsWith("AUTH"));
    }

    @Override
    void converse(Socket socket) {
        try (socket;
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                OutputStream out = socket.getOutputStream()) {
            reply(out, "220 localhost ESMTP plain test server");
            String line;
            while ((line = in.readLine()) != null) {
                String verb = line.split(" ", 2)[0].toUpperCase(Locale.ROOT);
                commands.add(verb.equals("AUTH") ? "AUTH " + line.split(" ").length + " words" : line);
                switch (verb) {
                    case "EHLO" -> reply(out, "250-localhost\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME");
                    case "HELO", "NOOP" -> reply(out, "250 localhost");
                    case "AUTH" -> reply(out, authenticate(line, in, out) ? "235 2.7.0 Authentication successful"
                            : "535 5.7.8 Authentication credentials invalid");
                    case "MAIL", "RCPT", "RSET" -> reply(out, "250 2.0.0 Ok");
                    case "DATA" -> {
                        reply(out, "354 End data with <CR><LF>.<CR><LF>");
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            // the content is not kept
                        }
                        reply(out, "250 2.0.0 Ok: queued");
                    }
                    case "QUIT" -> {
                        reply(out, "221 2.0.0 Bye");
                        return;
                    }
                    default -> reply(out, "502 5.5.1 Command not implemented");
                }
            }
        } catch (IOException ignored) {
            // the client went away
        }
    }

    private boolean authenticate(String line, BufferedReader in, OutputStream out) throws IOException {
        String[] words = line.split(" ");
        if (words.length >= 3 && words[1].equalsIgnoreCase("PLAIN")) {
            String[] parts = decode(words[2]).split("\0", -1);
            return parts.length == 3 && parts[1].equals(login) && parts[2].equals(password);
        }
        if (words.length >= 2 && words[1].equalsIgnoreCase("LOGIN")) {
            reply(out, "334 VXNlcm5hbWU6");
            String user = decode(in.readLine());
            reply(out, "334 UGFzc3dvcmQ6");
            return user.equals(login) && decode(in.readLine()).equals(password);
        }
        return false;
    }

    private static String decode(String base64) {
        try {
            return new String(Base64.getDecoder().decode(base64 == null ? "" : base64), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
