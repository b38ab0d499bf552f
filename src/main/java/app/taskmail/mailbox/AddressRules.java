package app.taskmail.mailbox;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Which IP addresses an SMTP connection must never go to, and why: everything that is not a public unicast
 * address. Pure: no lookups, the address is already resolved.
 *
 * <p>IPv4: 0/8, 10/8, 100.64/10 (carrier-grade NAT), 127/8, 169.254/16 (link-local, including the cloud
 * metadata service 169.254.169.254), 172.16/12, 192.0.0/24, 192.168/16, 198.18/15, 224/4 (multicast),
 * 240/4 (reserved, broadcast). IPv6: ::, ::1, fc00::/7 (unique local, including AWS's fd00:ec2::254),
 * fe80::/10, fec0::/10, ff00::/8, and IPv4 addresses embedded in IPv4-mapped, IPv4-compatible, NAT64
 * (64:ff9b::/96) and 6to4 (2002::/16) addresses, which are judged as the IPv4 address they carry.
 */
final class AddressRules {

    private AddressRules() {
    }

    /** Why the address is refused, in words for a user; empty when it is a public unicast address. */
    static Optional<String> whyRefused(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return Optional.of("an unspecified address");
        }
        if (address.isLoopbackAddress()) {
            return Optional.of("a loopback address (this machine itself)");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("a link-local address (such as a cloud metadata service)");
        }
        if (address.isSiteLocalAddress()) {
            return Optional.of("a private network address");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("a multicast address");
        }
        byte[] bytes = address.getAddress();
        return address instanceof Inet4Address ? ipv4(bytes) : ipv6(bytes);
    }

    private static Optional<String> ipv4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 0) {
            return Optional.of("an unspecified address");
        }
        if (first == 100 && second >= 64 && second <= 127) {
            return Optional.of("a shared (carrier-grade NAT) address");
        }
        if ((first == 192 && second == 0 && (b[2] & 0xff) == 0) || (first == 198 && (second == 18 || second == 19))
                || first >= 240) {
            return Optional.of("a reserved address");
        }
        return Optional.empty();
    }

    private static Optional<String> ipv6(byte[] b) {
        int first = b[0] & 0xff;
        if ((first & 0xfe) == 0xfc) {
            return Optional.of("a private network address");
        }
        return embeddedIpv4(b).flatMap(AddressRules::whyRefused);
    }

    /** The IPv4 address carried by a mapped, compatible, NAT64 or 6to4 IPv6 address. */
    private static Optional<InetAddress> embeddedIpv4(byte[] b) {
        boolean zeroPrefix = allZero(b, 0, 10);
        boolean mapped = zeroPrefix && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = zeroPrefix && b[10] == 0 && b[11] == 0;
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff
                && (b[3] & 0xff) == 0x9b && allZero(b, 4, 12);
        if (mapped || compatible || nat64) {
            return ipv4Of(Arrays.copyOfRange(b, 12, 16));
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            return ipv4Of(Arrays.copyOfRange(b, 2, 6));
        }
        return Optional.empty();
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static Optional<InetAddress> ipv4Of(byte[] four) {
        try {
            return Optional.of(InetAddress.getByAddress(four));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
