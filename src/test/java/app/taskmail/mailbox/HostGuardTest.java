package app.taskmail.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The guard as production runs it: private hosts refused, plain text only for listed hosts. */
class HostGuardTest {

    final HostGuard guard = new HostGuard(false, Optional.of(List.of("relay.example.net")));

    private SmtpFailure refused(String host) {
        return assertThrows(SmtpFailure.class, () -> guard.check(host, 465, TransportSecurity.SSL_TLS), host);
    }

    @Test
    void checkShouldRefuseLoopbackPrivateAndMetadataAddresses() {
        for (String host : List.of("127.0.0.1", "127.1.2.3", "10.0.0.1", "172.16.5.4", "192.168.1.10", "100.64.0.1",
                "169.254.169.254", "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fd00:ec2::254",
                "::ffff:10.0.0.1", "64:ff9b::a9fe:a9fe", "2002:a00:1::1", "ff02::1")) {
            assertEquals(SmtpProblem.HOST_REFUSED, refused(host).problem(), host);
        }
    }

    @Test
    void checkShouldRefuseNamesOfInternalMachinesBeforeAnyLookup() {
        for (String host : List.of("localhost", "LOCALHOST.", "mail.localhost", "metadata.google.internal", "metadata")) {
            SmtpFailure failure = refused(host);
            assertEquals(SmtpProblem.HOST_REFUSED, failure.problem(), host);
            assertTrue(failure.describe().contains("a name reserved for internal machines"), failure.describe());
        }
    }

    @Test
    void refusalShouldSayWhatKindOfAddressItIs() {
        assertTrue(refused("127.0.0.1").describe().contains("a loopback address"));
        assertTrue(refused("169.254.169.254").describe().contains("cloud metadata service"));
        assertTrue(refused("10.0.0.1").describe().contains("a private network address (10.0.0.1)"));
    }

    @Test
    void checkShouldReturnThePublicAddressItChecked() throws Exception {
        assertEquals(InetAddress.getByName("93.184.216.34"), guard.check("93.184.216.34", 587, TransportSecurity.STARTTLS));
        assertEquals(InetAddress.getByName("2606:4700::1111"), guard.check("2606:4700::1111", 465, TransportSecurity.SSL_TLS));
    }

    @Test
    void unencryptedConnectionsShouldNeedTheOperatorsListing() {
        SmtpFailure failure = assertThrows(SmtpFailure.class, () -> guard.check("93.184.216.34", 25, TransportSecurity.NONE));
        assertEquals(SmtpProblem.PLAINTEXT_NOT_ALLOWED, failure.problem());
        assertTrue(guard.plaintextAllowed("Relay.Example.NET"));
    }

    @Test
    void allowingPrivateHostsShouldLetLoopbackThrough() throws Exception {
        HostGuard open = new HostGuard(true, Optional.empty());
        assertTrue(open.check("127.0.0.1", 25, TransportSecurity.STARTTLS).isLoopbackAddress());
        assertTrue(open.check("localhost", 25, TransportSecurity.STARTTLS).isLoopbackAddress());
    }
}
