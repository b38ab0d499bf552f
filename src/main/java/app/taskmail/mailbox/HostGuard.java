package app.taskmail.mailbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Decides whether Taskmail may connect to a mailbox's SMTP host, and to which address.
 *
 * <p>Mailbox settings are typed by users, so without this guard "Test account" would let anyone probe the
 * machines around the server (server-side request forgery): the database, an internal relay, the cloud
 * metadata service at 169.254.169.254. Hosts named as internal ({@code localhost}, {@code *.localhost},
 * {@code *.internal}, {@code metadata}) and hosts that resolve to any address {@link AddressRules} refuses
 * (loopback, private, link-local, shared, multicast, reserved) are refused, unless
 * {@code taskmail.mail.allow-private-hosts=true} (dev and test profiles only).
 *
 * <p>The name is resolved once, here; callers must connect to the returned address and use the host name
 * only for TLS (SNI and certificate check). A second lookup could answer differently (DNS rebinding).
 *
 * <p>{@link TransportSecurity#NONE} is refused unless the host is listed in
 * {@code taskmail.mail.plaintext-hosts}: an operator's explicit trust, never a user's choice alone.
 */
@ApplicationScoped
public class HostGuard {

    private final boolean allowPrivateHosts;
    private final List<String> plaintextHosts;

    public HostGuard(@ConfigProperty(name = "taskmail.mail.allow-private-hosts", defaultValue = "false") boolean allowPrivateHosts,
            @ConfigProperty(name = "taskmail.mail.plaintext-hosts") Optional<List<String>> plaintextHosts) {
        this.allowPrivateHosts = allowPrivateHosts;
        this.plaintextHosts = plaintextHosts.orElse(List.of()).stream().map(HostGuard::normalise)
                .filter(h -> !h.isEmpty()).toList();
    }

    /** Checks the host, port and security of these settings; returns the one address to connect to. */
    public InetAddress check(SmtpSettings settings) throws SmtpFailure {
        return check(settings.host(), settings.port(), settings.security());
    }

    /**
     * Checks a host for a connection with this security and resolves it.
     *
     * @return the checked address; connect to exactly this one
     * @throws SmtpFailure {@link SmtpProblem#PLAINTEXT_NOT_ALLOWED}, {@link SmtpProblem#HOST_REFUSED} or
     *         {@link SmtpProblem#UNKNOWN_HOST}
     */
    public InetAddress check(String host, int port, TransportSecurity security) throws SmtpFailure {
        String name = normalise(host);
        if (security == TransportSecurity.NONE && !plaintextAllowed(name)) {
            throw failure(SmtpProblem.PLAINTEXT_NOT_ALLOWED, name, port, null);
        }
        if (!allowPrivateHosts && isInternalName(name)) {
            throw failure(SmtpProblem.HOST_REFUSED, name, port, "a name reserved for internal machines");
        }
        InetAddress[] addresses = resolve(name, port);
        if (!allowPrivateHosts) {
            for (InetAddress address : addresses) {
                Optional<String> refusal = AddressRules.whyRefused(address);
                if (refusal.isPresent()) {
                    throw failure(SmtpProblem.HOST_REFUSED, name, port,
                            refusal.get() + " (" + address.getHostAddress() + ")");
                }
            }
        }
        return addresses[0];
    }

    /** Whether the operator allowed unencrypted connections to this host. */
    public boolean plaintextAllowed(String host) {
        return plaintextHosts.contains(normalise(host));
    }

    private static InetAddress[] resolve(String name, int port) throws SmtpFailure {
        if (name.isEmpty()) {
            throw failure(SmtpProblem.UNKNOWN_HOST, name, port, null);
        }
        try {
            InetAddress[] addresses = InetAddress.getAllByName(name);
            if (addresses.length == 0) {
                throw failure(SmtpProblem.UNKNOWN_HOST, name, port, null);
            }
            return addresses;
        } catch (UnknownHostException e) {
            throw failure(SmtpProblem.UNKNOWN_HOST, name, port, null);
        }
    }

    /**
     * A host name of dot-separated DNS labels (letters, digits, hyphens; a trailing dot allowed), an IPv4
     * address, or an IPv6 address (with or without brackets). Says nothing about whether it exists.
     */
    public static boolean looksLikeHost(String host) {
        if (host == null || host.length() > 253) {
            return false;
        }
        String label = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
        return host.matches(label + "(?:\\." + label + ")*\\.?")
                || host.matches("\\[?[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*]?");
    }

    static boolean isInternalName(String name) {
        return name.equals("localhost") || name.endsWith(".localhost") || name.endsWith(".internal")
                || name.equals("metadata");
    }

    private static String normalise(String host) {
        String name = host == null ? "" : host.strip().toLowerCase(Locale.ROOT);
        while (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        return name;
    }

    private static SmtpFailure failure(SmtpProblem problem, String host, int port, String detail) {
        return new SmtpFailure(problem, host, port, null, null, detail);
    }
}
