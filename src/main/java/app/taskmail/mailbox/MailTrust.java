package app.taskmail.mailbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The certificates Taskmail trusts when it connects to an SMTP server over TLS.
 *
 * <p>By default those of the JVM's trust store, as for any HTTPS client. With {@code taskmail.mail.trust-store}
 * (a PKCS#12 or JKS file, password in {@code taskmail.mail.trust-store-password}) exactly the certificates in
 * that file are trusted instead: tests use it for their own server certificates, an installation can use
 * it for a private certificate authority. There is no way to trust every certificate: a connection
 * whose certificate cannot be checked is a connection someone else can read.
 */
@ApplicationScoped
public class MailTrust {

    private final Optional<String> trustStore;
    private final Optional<String> trustStorePassword;
    private SSLSocketFactory factory;

    @Inject
    public MailTrust(@ConfigProperty(name = "taskmail.mail.trust-store") Optional<String> trustStore,
            @ConfigProperty(name = "taskmail.mail.trust-store-password") Optional<String> trustStorePassword) {
        this.trustStore = trustStore.filter(s -> !s.isBlank());
        this.trustStorePassword = trustStorePassword;
    }

    /** Trusts exactly the certificates in this store. */
    public static MailTrust of(Path trustStore, String password) {
        return new MailTrust(Optional.of(trustStore.toString()), Optional.of(password));
    }

    /** The TLS socket factory; the store is read on first use. */
    public synchronized SSLSocketFactory socketFactory() {
        if (factory == null) {
            factory = trustStore.map(this::fromStore).orElseGet(() -> (SSLSocketFactory) SSLSocketFactory.getDefault());
        }
        return factory;
    }

    private SSLSocketFactory fromStore(String path) {
        char[] password = trustStorePassword.orElse("").toCharArray();
        try {
            KeyStore store = KeyStore.getInstance(Path.of(path).toFile(), password);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context.getSocketFactory();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("taskmail.mail.trust-store: cannot read " + path, e);
        }
    }
}
