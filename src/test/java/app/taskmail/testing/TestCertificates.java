package app.taskmail.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A server certificate for test mail servers, made once per test run with the JDK's keytool under
 * {@code target/test-tls/}: subject alternative names {@code ip:127.0.0.1} and {@code dns:localhost}, so
 * clients keep full host name verification. {@link #trustStore()} holds only the certificate (what the
 * application trusts through {@code taskmail.mail.trust-store}); {@link #keyStore()} also the private key.
 */
public final class TestCertificates {

    public static final String PASSWORD = "test-tls-pass";
    private static Path directory;

    private TestCertificates() {
    }

    public static synchronized Path keyStore() {
        return ensure().resolve("server.p12");
    }

    public static synchronized Path trustStore() {
        return ensure().resolve("trust.p12");
    }

    /** A server-side TLS context with the test certificate. */
    public static SSLContext serverContext() {
        try (InputStream in = Files.newInputStream(keyStore())) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD.toCharArray());
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, PASSWORD.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException("test TLS context", e);
        }
    }

    /** Makes GreenMail's SMTPS server use the test certificate (it reads these system properties). */
    public static void useForGreenMail() {
        System.setProperty("greenmail.tls.keystore.file", keyStore().toString());
        System.setProperty("greenmail.tls.keystore.password", PASSWORD);
    }

    private static Path ensure() {
        if (directory != null) {
            return directory;
        }
        try {
            Path dir = Path.of("target", "test-tls").toAbsolutePath();
            Files.createDirectories(dir);
            for (String file : List.of("server.p12", "server.crt", "trust.p12")) {
                Files.deleteIfExists(dir.resolve(file));
            }
            keytool(dir, "-genkeypair", "-alias", "localhost", "-keyalg", "RSA", "-keysize", "2048", "-validity", "3",
                    "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-keystore", "server.p12",
                    "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD);
            keytool(dir, "-exportcert", "-rfc", "-alias", "localhost", "-keystore", "server.p12", "-storepass", PASSWORD,
                    "-file", "server.crt");
            keytool(dir, "-importcert", "-noprompt", "-alias", "localhost", "-file", "server.crt", "-keystore",
                    "trust.p12", "-storetype", "PKCS12", "-storepass", PASSWORD);
            directory = dir;
            return dir;
        } catch (IOException e) {
            throw new IllegalStateException("could not make the test certificate", e);
        }
    }

    private static void keytool(Path dir, String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool " + args[0] + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
