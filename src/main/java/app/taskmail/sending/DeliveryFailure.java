package app.taskmail.sending;

import app.taskmail.mailbox.SecretBox.SecretUnreadableException;
import io.vertx.ext.mail.SMTPException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.security.cert.CertificateException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

/**
 * Why a delivery attempt failed, classified ({@link FailureKind}) and summed up in plain words for the people
 * who see the message. Pure: it reads only the exception it is given.
 *
 * <p>SMTP replies are looked for through the whole cause chain, because clients bury them: Jakarta Mail
 * reports a sender refused at RCPT as {@code SendFailedException("Invalid Addresses")} with the server's
 * words only in a nested {@code SMTPAddressFailedException}. The summary quotes the server's reply (one
 * line, cut to a safe length); it never contains a Java exception message, a host's internals or a secret.
 *
 * <p>The rules: 535/534/530/538 (login refused or required) and a refused <em>sender</em> (553, or 5.7.x /
 * 5.1.7 / 5.1.8 replies that speak of the sender) are the mailbox's problem; any other 5xx is permanent; 4xx
 * is temporary. Without a reply: an untrusted or mismatching certificate, a server without STARTTLS or
 * without a usable login method, and an unreadable stored password are the mailbox's problem; an address
 * that cannot be written into a header is permanent; refused or
 * dropped connections, timeouts, unknown hosts and anything unrecognised are temporary (retries are bounded
 * by the message lifetime).
 */
public record DeliveryFailure(FailureKind kind, String summary) {

    private static final int MAX_WORDS = 300;
    private static final Pattern REPLY = Pattern.compile(
            "(?:^|: |\\n)([45]\\d\\d)[ -](?:([245]\\.\\d{1,3}\\.\\d{1,3})\\s)?([^\\r\\n]*)");

    /** One SMTP reply line as the server wrote it. */
    record Reply(int code, String enhanced, String text) {
        String words() {
            String line = code + (enhanced == null ? "" : " " + enhanced) + (text.isBlank() ? "" : " " + text.strip());
            return HeaderText.singleLine(line, MAX_WORDS);
        }

        boolean speaksOfSender() {
            String lower = text.toLowerCase(Locale.ROOT);
            return lower.contains("sender") || lower.contains("send as") || lower.contains("not owned")
                    || lower.contains("from address");
        }
    }

    public static DeliveryFailure classify(Throwable error) {
        List<Throwable> chain = chain(error);
        Optional<Reply> reply = chain.stream().map(DeliveryFailure::reply).flatMap(Optional::stream).findFirst();
        return reply.map(DeliveryFailure::fromReply).orElseGet(() -> withoutReply(chain));
    }

    static DeliveryFailure fromReply(Reply r) {
        String words = r.words();
        if (r.code() == 535 || r.code() == 534 || r.code() == 538) {
            return mailbox("The mail server refused the mailbox's login: " + words);
        }
        if (r.code() == 530) {
            return mailbox("The mail server requires a login or encryption these settings do not give: " + words);
        }
        if (r.code() >= 500 && senderRefused(r)) {
            return mailbox("The mail server refused to send from this address: " + words);
        }
        if (r.code() >= 500) {
            return new DeliveryFailure(FailureKind.PERMANENT, "The recipient's mail server refused the message: " + words);
        }
        return temporary("The mail server asked to try again later: " + words);
    }

    private static boolean senderRefused(Reply r) {
        String e = r.enhanced() == null ? "" : r.enhanced();
        return e.equals("5.1.7") || e.equals("5.1.8") || r.speaksOfSender() && (r.code() == 553 || e.startsWith("5.7."));
    }

    private static DeliveryFailure withoutReply(List<Throwable> chain) {
        Optional<MailClientPool.HostRefusedException> refused = chain.stream()
                .filter(MailClientPool.HostRefusedException.class::isInstance)
                .map(MailClientPool.HostRefusedException.class::cast).findFirst();
        if (refused.isPresent()) {
            return mailbox(refused.get().describe());
        }
        if (has(chain, HeaderText.UnusableAddressException.class)) {
            return new DeliveryFailure(FailureKind.PERMANENT, "An address of this message is not a usable email address.");
        }
        if (has(chain, SecretUnreadableException.class)) {
            return mailbox("The stored password of this mailbox cannot be read any more; enter it again in the mailbox settings.");
        }
        if (has(chain, CertificateException.class) || chain.stream().anyMatch(DeliveryFailure::certificateProblem)) {
            return mailbox("The mail server's certificate is not trusted or does not match its name, so nothing was sent.");
        }
        if (mentions(chain, "starttls required but not supported")) {
            return mailbox("The mail server does not offer STARTTLS, which this mailbox's settings require.");
        }
        if (mentions(chain, "no allowed auth methods") || mentions(chain, "authentication is required")) {
            return mailbox("The mail server offers no login method that works with this mailbox's settings.");
        }
        if (chain.stream().anyMatch(t -> t.getClass().getSimpleName().contains("Timeout"))) {
            return temporary("The mail server did not answer in time.");
        }
        if (has(chain, UnknownHostException.class)) {
            return temporary("The mail server's name could not be found.");
        }
        if (has(chain, ConnectException.class)) {
            return temporary("The mail server refused the connection.");
        }
        if (has(chain, ClosedChannelException.class) || mentions(chain, "connection was closed")
                || mentions(chain, "connection reset")) {
            return temporary("The connection to the mail server was dropped.");
        }
        if (has(chain, SSLException.class)) {
            return temporary("The encrypted connection to the mail server failed.");
        }
        return temporary("The mail server could not be reached or gave an answer that could not be understood.");
    }

    private static Optional<Reply> reply(Throwable t) {
        if (t instanceof SMTPException smtp && !smtp.getReplyMessages().isEmpty()) {
            Optional<Reply> parsed = parse(String.join("\n", smtp.getReplyMessages()));
            return parsed.isPresent() ? parsed
                    : Optional.of(new Reply(smtp.getReplyCode(), null, smtp.getReplyMessage()));
        }
        return parse(t.getMessage());
    }

    static Optional<Reply> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = REPLY.matcher(text);
        return m.find() ? Optional.of(new Reply(Integer.parseInt(m.group(1)), m.group(2), m.group(3))) : Optional.empty();
    }

    private static boolean certificateProblem(Throwable t) {
        if (!(t instanceof SSLHandshakeException)) {
            return false;
        }
        String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("pkix") || message.contains("certif") || message.contains("subject alternative")
                || message.contains("no name matching");
    }

    /** The exception and its causes, outermost first, without cycles. */
    private static List<Throwable> chain(Throwable error) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = error; t != null && !chain.contains(t) && chain.size() < 20; t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private static boolean has(List<Throwable> chain, Class<? extends Throwable> type) {
        return chain.stream().anyMatch(type::isInstance);
    }

    private static boolean mentions(List<Throwable> chain, String words) {
        return chain.stream().anyMatch(t -> String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT).contains(words));
    }

    private static DeliveryFailure mailbox(String summary) {
        return new DeliveryFailure(FailureKind.MAILBOX_PROBLEM, summary);
    }

    private static DeliveryFailure temporary(String summary) {
        return new DeliveryFailure(FailureKind.TEMPORARY, summary);
    }
}
