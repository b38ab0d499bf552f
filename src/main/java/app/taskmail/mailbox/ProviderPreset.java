package app.taskmail.mailbox;

/**
 * Known mail providers and their SMTP submission settings, to fill the mailbox form. The hint says where a
 * provider wants an app password: accounts with two-step verification cannot log in to SMTP with their
 * normal password.
 */
public enum ProviderPreset {
    GMAIL("Gmail / Google Workspace", "smtp.gmail.com", 465, TransportSecurity.SSL_TLS,
            "Use an app password (Google Account → Security → App passwords); two-step verification must be on."),
    MICROSOFT("Microsoft 365 / Outlook.com", "smtp.office365.com", 587, TransportSecurity.STARTTLS,
            "SMTP AUTH must be allowed for this mailbox; with two-step verification use an app password."),
    YAHOO("Yahoo Mail", "smtp.mail.yahoo.com", 465, TransportSecurity.SSL_TLS,
            "Use an app password (Account security → Generate app password)."),
    ICLOUD("iCloud Mail", "smtp.mail.me.com", 587, TransportSecurity.STARTTLS,
            "Use an app-specific password (appleid.apple.com → Sign-In and Security); the username is your iCloud address."),
    ZOHO("Zoho Mail", "smtp.zoho.com", 465, TransportSecurity.SSL_TLS,
            "With two-factor authentication on, use an application-specific password."),
    YANDEX("Yandex Mail", "smtp.yandex.com", 465, TransportSecurity.SSL_TLS,
            "Use an app password (Yandex ID → Security → App passwords)."),
    FASTMAIL("Fastmail", "smtp.fastmail.com", 465, TransportSecurity.SSL_TLS,
            "Use an app password (Settings → Privacy & Security → App passwords)."),
    CUSTOM("Other (custom server)", null, 0, null,
            "Ask your mail provider or IT for the SMTP submission host, port and security.");

    private final String label;
    private final String host;
    private final int port;
    private final TransportSecurity security;
    private final String hint;

    ProviderPreset(String label, String host, int port, TransportSecurity security, String hint) {
        this.label = label;
        this.host = host;
        this.port = port;
        this.security = security;
        this.hint = hint;
    }

    public String label() {
        return label;
    }

    /** The SMTP host; {@code null} for {@link #CUSTOM}. */
    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public TransportSecurity security() {
        return security;
    }

    public String hint() {
        return hint;
    }

    public boolean isCustom() {
        return this == CUSTOM;
    }

    /** The preset with this name, or {@link #CUSTOM} for anything else. */
    public static ProviderPreset named(String name) {
        for (ProviderPreset preset : values()) {
            if (preset.name().equals(name)) {
                return preset;
            }
        }
        return CUSTOM;
    }

    /** The preset whose host this is, or {@link #CUSTOM}. */
    public static ProviderPreset forHost(String host) {
        for (ProviderPreset preset : values()) {
            if (preset.host != null && preset.host.equalsIgnoreCase(host == null ? "" : host.strip())) {
                return preset;
            }
        }
        return CUSTOM;
    }
}
