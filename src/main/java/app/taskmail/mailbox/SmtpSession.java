package app.taskmail.mailbox;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One open conversation with an SMTP server, as {@link SmtpConnector#open} hands it out: connected to the
 * checked address, encrypted as the settings ask, logged in. Then {@link #mailFrom}, {@link #rcptTo},
 * {@link #data} or {@link #rset}, and {@link #quit}; {@link #close} always.
 *
 * <p>Every reply must arrive completely within the timeout (a server that trickles bytes does not extend
 * it). Replies are read without buffering beyond what the server sent, so that text pipelined after a
 * STARTTLS reply is detected and refused instead of being taken for part of the encrypted conversation.
 * Nothing here logs; the AUTH lines carry the password and are never kept.
 */
public final class SmtpSession implements AutoCloseable {

    private static final int MAX_LINE = 4096;
    private static final int MAX_LINES = 200;

    private final String host;
    private final int port;
    private final Duration timeout;
    private final SmtpWire wire;
    private boolean encrypted;

    SmtpSession(Socket socket, String host, int port, Duration timeout) throws SmtpFailure {
        this.host = host;
        this.port = port;
        this.timeout = timeout;
        try {
            this.wire = new SmtpWire(socket);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** The TCP connection under any TLS layer. */
    Socket rawSocket() {
        return wire.raw();
    }

    /** Whether the conversation runs over TLS now. */
    public boolean encrypted() {
        return encrypted;
    }

    /** {@code MAIL FROM:<address>}; a 5xx reply is {@link SmtpProblem#SENDER_REJECTED}. */
    public void mailFrom(String address) throws SmtpFailure {
        expectAccepted(command("MAIL FROM:<" + address + ">"), SmtpProblem.SENDER_REJECTED, address);
    }

    /** {@code RCPT TO:<address>}; a 5xx reply is {@link SmtpProblem#RECIPIENT_REJECTED}. */
    public void rcptTo(String address) throws SmtpFailure {
        expectAccepted(command("RCPT TO:<" + address + ">"), SmtpProblem.RECIPIENT_REJECTED, address);
    }

    /**
     * Sends a complete RFC 5322 message (headers and body) after {@code DATA}, dot-stuffed, with CRLF line
     * ends. The transfer may take the timeout plus one second per 64 KiB; after that the connection is cut.
     *
     * @return the server's final reply (often carries its queue id)
     */
    public SmtpReply data(byte[] message) throws SmtpFailure {
        SmtpReply go = command("DATA");
        if (go.code() != 354) {
            throw new SmtpFailure(go.code() >= 500 ? SmtpProblem.MESSAGE_REJECTED : SmtpProblem.UNEXPECTED_REPLY,
                    host, port, null, go, null);
        }
        Duration allowed = timeout.plusSeconds(message.length / 65_536 + 1L);
        try {
            wire.writeWithin(DotStuffing.apply(message), allowed);
        } catch (IOException e) {
            throw failure(e);
        }
        SmtpReply done = readReply();
        expectAccepted(done, SmtpProblem.MESSAGE_REJECTED, null);
        return done;
    }

    public void rset() throws SmtpFailure {
        expectAccepted(command("RSET"), SmtpProblem.UNEXPECTED_REPLY, null);
    }

    /** Says goodbye; a server that does not answer properly is not an error any more at this point. */
    public void quit() {
        try {
            command("QUIT");
        } catch (SmtpFailure ignored) {
            // the conversation is over either way
        }
    }

    @Override
    public void close() {
        wire.close();
    }

    /** Sends one command line and reads the complete reply. */
    SmtpReply command(String line) throws SmtpFailure {
        if (line.indexOf('\r') >= 0 || line.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("an SMTP command is one line");
        }
        try {
            wire.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw failure(e);
        }
        return readReply();
    }

    /** Reads one (possibly multi-line) reply, which must arrive completely within the timeout. */
    SmtpReply readReply() throws SmtpFailure {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> lines = new ArrayList<>();
        try {
            while (lines.size() < MAX_LINES) {
                String line = wire.readLine(deadline, MAX_LINE);
                if (line.length() < 3 || !line.substring(0, 3).chars().allMatch(Character::isDigit)
                        || (line.length() > 3 && line.charAt(3) != ' ' && line.charAt(3) != '-')) {
                    throw new SmtpFailure(SmtpProblem.UNEXPECTED_REPLY, host, port, null,
                            new SmtpReply(0, List.of(line)), null);
                }
                lines.add(line.length() > 4 ? line.substring(4) : "");
                if (line.length() == 3 || line.charAt(3) == ' ') {
                    return new SmtpReply(Integer.parseInt(line.substring(0, 3)), lines);
                }
            }
        } catch (IOException e) {
            throw failure(e);
        }
        throw new SmtpFailure(SmtpProblem.UNEXPECTED_REPLY, host, port, null, null, null);
    }

    /**
     * Continues the conversation over TLS. Anything the server sent after its STARTTLS reply and before the
     * handshake would be plain text posing as encrypted: refused.
     */
    void switchToTls(Socket tls) throws SmtpFailure {
        if (wire.hasBufferedInput()) {
            throw new SmtpFailure(SmtpProblem.TLS_FAILED, host, port, null, null, null);
        }
        try {
            wire.replaceSocket(tls);
        } catch (IOException e) {
            throw failure(e);
        }
        encrypted = true;
    }

    private void expectAccepted(SmtpReply reply, SmtpProblem whenRefused, String address) throws SmtpFailure {
        if (!reply.isPositive()) {
            SmtpProblem problem = reply.code() >= 500 ? whenRefused : SmtpProblem.UNEXPECTED_REPLY;
            throw new SmtpFailure(problem, host, port, address, reply, null);
        }
    }

    private SmtpFailure failure(IOException e) {
        return SmtpFailure.of(e, host, port, timeout);
    }
}
