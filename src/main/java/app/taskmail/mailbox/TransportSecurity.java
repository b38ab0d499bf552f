package app.taskmail.mailbox;

/**
 * How the connection to a mailbox's SMTP server is protected. There is deliberately no "opportunistic"
 * mode: a mode that falls back to clear text when the server does not offer TLS lets an attacker on the
 * path strip STARTTLS and read the password.
 */
public enum TransportSecurity {
    /** Implicit TLS from the first byte (usually port 465). Certificate and host name are verified. */
    SSL_TLS("SSL/TLS", 465),
    /**
     * Plain connection upgraded with STARTTLS before anything else is said (usually port 587). The upgrade
     * is required: a server that does not offer it is refused, never talked to in clear text.
     */
    STARTTLS("STARTTLS", 587),
    /**
     * No encryption: the password and every message cross the network readable by anyone on the path.
     * Allowed only for hosts an administrator explicitly trusts (a relay on the same machine or network).
     */
    NONE("None (unencrypted)", 25);

    private final String label;
    private final int defaultPort;

    TransportSecurity(String label, int defaultPort) {
        this.label = label;
        this.defaultPort = defaultPort;
    }

    public String label() {
        return label;
    }

    public int defaultPort() {
        return defaultPort;
    }
}
