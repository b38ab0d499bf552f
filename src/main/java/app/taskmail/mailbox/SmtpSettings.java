package app.taskmail.mailbox;

import java.util.Locale;
import java.util.Objects;

/**
 * Everything it takes to log in to an SMTP server and send as one address.
 *
 * <p>Holds the plain password, so an instance should live only as long as one test or one delivery. It is
 * never stored and never shown: {@link #toString()} leaves the password out, so logging an instance by
 * mistake does not leak it. The host is kept lower-case; the address is the envelope sender and the From.
 */
public record SmtpSettings(String email, String host, int port, TransportSecurity security, String username,
        String password) {

    public SmtpSettings {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        host = host.strip().toLowerCase(Locale.ROOT);
        email = email.strip();
    }

    /** Same server, port, security and login: the only case in which a stored password may be reused. */
    public boolean sameConnectionAs(String otherHost, int otherPort, TransportSecurity otherSecurity,
            String otherUsername) {
        return otherHost != null && host.equals(otherHost.strip().toLowerCase(Locale.ROOT)) && port == otherPort
                && security == otherSecurity && username.equals(otherUsername);
    }

    /** The connection settings without the address or password, each field length-prefixed (no ambiguity). */
    String connectionIdentity() {
        return connectionIdentity(host, port, security, username);
    }

    static String connectionIdentity(String host, int port, TransportSecurity security, String username) {
        return field(host.strip().toLowerCase(Locale.ROOT)) + field(Integer.toString(port)) + field(security.name())
                + field(username);
    }

    /** Address, connection settings and password: what a successful test vouches for. */
    String fullIdentity() {
        return field(email) + connectionIdentity() + field(password);
    }

    private static String field(String value) {
        return value.length() + ":" + value + ";";
    }

    @Override
    public String toString() {
        return "SmtpSettings[" + email + " as " + username + " via " + host + ":" + port + " " + security
                + ", password hidden]";
    }
}
