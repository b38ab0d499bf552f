package app.taskmail.inbound;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.subethamail.smtp.server.SMTPServer;

/**
 * The SMTP listener for the internal addresses (SubEthaSMTP), started with the application when
 * {@code taskmail.inbound.enabled} and stopped with it. It takes no AUTH: it is meant to sit behind the
 * installation's MTA (or be reachable only from it, hence loopback by default) and accepts only mail for
 * existing internal addresses. STARTTLS (TLS 1.2 and 1.3 only) is offered when a keystore is configured;
 * it is not required, since the MTA in front may speak plain SMTP on a local hop.
 */
@ApplicationScoped
public class InboundListener {

    private static final Logger LOG = Logger.getLogger(InboundListener.class);
    private static final int MAX_CONNECTIONS = 100;

    @Inject
    InboundSettings settings;

    @Inject
    InboundMail inbound;

    @ConfigProperty(name = "taskmail.internal-domain")
    String internalDomain;

    private SMTPServer server;

    void start(@Observes StartupEvent event) {
        if (settings.enabled()) {
            server = open(ListenerOptions.of(settings), inbound, internalDomain);
            LOG.infof("Inbound SMTP listener on %s:%d", settings.host(), port());
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The port the listener is bound to (the chosen one when configured as 0); -1 when it is not running. */
    public int port() {
        if (server == null) {
            return -1;
        }
        return server.getPort() == 0 ? server.getPortAllocated() : server.getPort();
    }

    /** Opens and starts a listener that hands every message to {@code inbound}; the caller stops it. */
    public static SMTPServer open(ListenerOptions options, InboundMail inbound, String hostName) {
        SMTPServer.Builder builder = SMTPServer.port(options.port())
                .bindAddress(address(options.host()))
                .hostName(hostName)
                .softwareName("Taskmail")
                .messageHandlerFactory(context -> new ListenerSession(inbound))
                .maxMessageSize((int) Math.min(Integer.MAX_VALUE, options.maxSize()))
                .maxConnections(MAX_CONNECTIONS)
                .insertReceivedHeaders(false)
                .executorService(sessionThreads());
        if (options.keystore().isPresent()) {
            SSLContext tls = tlsContext(options);
            builder.enableTLS(true).startTlsSocketFactory(socket -> serverSide(tls, socket));
        }
        SMTPServer server = builder.build();
        try {
            server.start();
        } catch (RuntimeException e) {
            throw new IllegalStateException("The inbound SMTP listener could not listen on " + options.host() + ":"
                    + options.port() + " (" + e.getMessage() + "). Choose another taskmail.inbound.port, or set"
                    + " taskmail.inbound.enabled=false.", e);
        }
        return server;
    }

    private static SSLSocket serverSide(SSLContext tls, Socket socket) throws IOException {
        InetSocketAddress remote = (InetSocketAddress) socket.getRemoteSocketAddress();
        SSLSocket secure = (SSLSocket) tls.getSocketFactory().createSocket(socket, remote.getHostString(), socket.getPort(), true);
        secure.setUseClientMode(false);
        secure.setEnabledProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
        return secure;
    }

    private static SSLContext tlsContext(ListenerOptions options) {
        try (InputStream in = Files.newInputStream(options.keystore().orElseThrow())) {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(in, options.keystorePassword());
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(keyStore, options.keystorePassword());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The inbound keystore " + options.keystore().orElseThrow()
                    + " could not be loaded (taskmail.inbound.keystore / keystore-password): " + e.getMessage(), e);
        }
    }

    private static InetAddress address(String host) {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("taskmail.inbound.host is not a usable address: " + host, e);
        }
    }

    private static ExecutorService sessionThreads() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "inbound-smtp-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
