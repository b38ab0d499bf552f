package app.taskmail.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * Server certificates for the test SMTP servers, made with the JDK's {@code keytool} under
 * {@code target/test-tls/} on first use (and reused while they exist).
 *
 * <ul>
 * <li>{@link #trustedServerKeyStore()}: a key whose certificate names {@code 127.0.0.1} and {@code localhost}
 * (subject alternative names), so clients keep full host-name verification;</li>
 * <li>{@link #trustStore()}: trusts exactly that certificate. The test profile points
 * {@code taskmail.mail.trust-store} at it; nothing trusts everything;</li>
 * <li>{@link #untrustedServerKeyStore()}: the same names, but a certificate no trust store contains.</li>
 * </ul>
 * All stores are PKCS#12 with the password {@value #PASSWORD}.
 */
public final class TestCertificates {

    public static final String PASSWORD = "changeit";
    private static final Path DIR = Path.of("target", "test-tls");
    private static final Path TRUSTED = DIR.resolve("trusted-server.p12");
    private static final Path UNTRUSTED = DIR.resolve("untrusted-server.p12");
    private static final Path TRUST_STORE = DIR.resolve("truststore.p12");

    private TestCertificates() {
    }

    public static synchronized Path trustedServerKeyStore() {
        ensureCreated();
        return TRUSTED;
    }

    public static synchronized Path untrustedServerKeyStore() {
        ensureCreated();
        return UNTRUSTED;
    }

    public static synchronized Path trustStore() {
        ensureCreated();
        return TRUST_STORE;
    }

    /** A server-side TLS context presenting the key in this store. */
    public static SSLContext serverContext(Path keyStore) {
        try {
            KeyStore store = KeyStore.getInstance(keyStore.toFile(), PASSWORD.toCharArray());
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, PASSWORD.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot load " + keyStore, e);
        }
    }

    /** The key store of a server whose certificate the application trusts (names localhost and 127.0.0.1). */
    public static Path keyStore() {
        return trustedServerKeyStore();
    }

    /** A server-side TLS context with the trusted test certificate. */
    public static SSLContext serverContext() {
        return serverContext(trustedServerKeyStore());
    }

    /** Makes GreenMail's SMTPS server use the trusted test certificate (it reads these system properties). */
    public static void useForGreenMail() {
        System.setProperty("greenmail.tls.keystore.file", trustedServerKeyStore().toString());
        System.setProperty("greenmail.tls.keystore.password", PASSWORD);
    }

    private static void ensureCreated() {
        if (Files.exists(TRUSTED) && Files.exists(UNTRUSTED) && Files.exists(TRUST_STORE)) {
            return;
        }
        try {
            Files.createDirectories(DIR);
            for (Path file : List.of(TRUSTED, UNTRUSTED, TRUST_STORE, DIR.resolve("trusted.cer"))) {
                Files.deleteIfExists(file);
            }
            generateKey(TRUSTED, "trusted");
            generateKey(UNTRUSTED, "untrusted");
            keytool("-exportcert", "-alias", "trusted", "-keystore", TRUSTED.toString(), "-storepass", PASSWORD,
                    "-file", DIR.resolve("trusted.cer").toString());
            keytool("-importcert", "-noprompt", "-alias", "trusted-smtp", "-file", DIR.resolve("trusted.cer").toString(),
                    "-keystore", TRUST_STORE.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create test certificates in " + DIR, e);
        }
    }

    private static void generateKey(Path store, String alias) {
        keytool("-genkeypair", "-alias", alias, "-keyalg", "RSA", "-keysize", "2048", "-validity", "3650",
                "-dname", "CN=localhost, O=Taskmail tests (" + alias + ")", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
                "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD);
    }

    private static void keytool(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool " + args[0] + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run keytool", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running keytool", e);
        }
    }
}
