package app.taskmail.inbound;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;

/**
 * One mail transaction on the SMTP listener. RCPT is refused (550) for any address that is not of the
 * internal domain with an existing account; DATA above the size limit is refused (552) after reading and
 * discarding the rest; unreadable bytes get a 554; a failure while saving gets a 451 so the sending server
 * retries later. Whatever happens, the exception stays in this transaction: the listener keeps serving.
 */
final class ListenerSession implements MessageHandler {

    private static final Logger LOG = Logger.getLogger(ListenerSession.class);

    private final InboundMail inbound;
    private final List<String> recipients = new ArrayList<>();
    private String sender;

    ListenerSession(InboundMail inbound) {
        this.inbound = inbound;
    }

    @Override
    public void from(String from) {
        this.sender = from;
    }

    @Override
    public void recipient(String recipient) throws RejectException {
        boolean accepted;
        try {
            accepted = inbound.accepts(recipient);
        } catch (RuntimeException e) {
            LOG.error("Could not check an inbound recipient", e);
            throw new RejectException(451, "4.3.0 Temporary failure, please try again later");
        }
        if (!accepted) {
            throw new RejectException(550, "5.1.1 <" + printable(recipient) + ">: no such recipient here");
        }
        recipients.add(recipient);
    }

    @Override
    public String data(InputStream data) throws RejectException, IOException {
        byte[] raw = readAtMost(data, inbound.maxSize());
        if (raw == null) {
            throw new RejectException(552, "5.3.4 Message too large: this server accepts at most "
                    + inbound.maxSize() + " bytes");
        }
        try {
            inbound.receive(new Envelope(sender, List.copyOf(recipients)), raw);
            return "2.0.0 Message accepted";
        } catch (UnreadableMailException e) {
            throw new RejectException(554, e.reason().status() + " " + e.reason().text());
        } catch (RuntimeException e) {
            LOG.error("Inbound message could not be saved; the sender will retry", e);
            throw new RejectException(451, "4.3.0 Temporary failure, please try again later");
        }
    }

    @Override
    public void done() {
        recipients.clear();
    }

    /**
     * The bytes, or {@code null} when there are more than {@code limit}. Either way the stream is read to
     * its end (the rest discarded), so the reply comes after the client's final dot, as SMTP requires.
     */
    static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) != -1) {
            if (out.size() + (long) n > limit) {
                in.transferTo(OutputStream.nullOutputStream());
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static String printable(String value) {
        return value.replaceAll("[^\\x21-\\x7e]", "?");
    }
}
