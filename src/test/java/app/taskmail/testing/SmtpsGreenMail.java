package app.taskmail.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;

/**
 * GreenMail speaking SMTPS (TLS from the first byte) on a free loopback port, with the test certificate that
 * names {@code 127.0.0.1} and {@code localhost}, so clients verify it fully. GreenMail checks passwords
 * ({@code 535} when wrong) but does not insist on AUTH; received mail is readable through
 * {@link #receivedMessages()}.
 *
 * <p>GreenMail reads its key store from system properties once per JVM; every instance therefore uses the
 * trusted test certificate (see {@link TestCertificates}).
 */
public final class SmtpsGreenMail implements TestSmtpServer {

    private final GreenMail greenMail;
    private final ClearTextRecorder recorder;

    private SmtpsGreenMail(String login, String password, String email) {
        System.setProperty("greenmail.tls.keystore.file", TestCertificates.trustedServerKeyStore().toAbsolutePath().toString());
        System.setProperty("greenmail.tls.keystore.password", TestCertificates.PASSWORD);
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS).dynamicPort());
        greenMail.setUser(email, login, password);
        greenMail.start();
        recorder = ClearTextRecorder.inFrontOf(greenMail.getSmtps().getPort());
    }

    /** Starts the server with one user: its login, password and address. */
    public static SmtpsGreenMail start(String login, String password, String email) {
        return new SmtpsGreenMail(login, password, email);
    }

    @Override
    public int port() {
        return recorder.port();
    }

    @Override
    public boolean authAttemptedInClear() {
        return recorder.authAttemptedInClear();
    }

    public List<MimeMessage> receivedMessages() {
        return List.of(greenMail.getReceivedMessages());
    }

    public boolean waitForMessages(int count, long millis) {
        return greenMail.waitForIncomingEmail(millis, count);
    }

    @Override
    public void close() {
        recorder.close();
        greenMail.stop();
    }
}
