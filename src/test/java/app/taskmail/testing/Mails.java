package app.taskmail.testing;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.Properties;

/** Reading received mail in tests. */
public final class Mails {

    private Mails() {
    }

    /** The single value of a header, or null; fails when the header appears more than once. */
    public static String header(MimeMessage message, String name) {
        try {
            String[] values = message.getHeader(name);
            if (values == null) {
                return null;
            }
            if (values.length > 1) {
                throw new AssertionError("header " + name + " appears " + values.length + " times");
            }
            return values[0];
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    public static int headerCount(MimeMessage message, String name) {
        try {
            String[] values = message.getHeader(name);
            return values == null ? 0 : values.length;
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    public static MimeMessage parse(byte[] raw) {
        try {
            return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
