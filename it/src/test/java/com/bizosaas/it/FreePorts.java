package com.bizosaas.it;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A WildFly port offset under which every socket of the full-ha profile is free on loopback, so the test
 * servers never collide with a developer's running platform or another test run.
 */
final class FreePorts {

    /** TCP ports of standalone-full-ha.xml (HTTP, HTTPS, AJP, management, IIOP, JGroups TCP, transactions). */
    private static final List<Integer> TCP = List.of(8080, 8443, 8009, 9990, 9993, 3528, 3529, 7600, 57600, 4712, 4713);
    /** UDP ports (JGroups UDP and its failure detection). */
    private static final List<Integer> UDP = List.of(55200, 54200);
    private static final int MAX_OFFSET = 65535 - 57600;
    /** Ports a browser serves over HTTP, which must not fall on a port browsers refuse. */
    private static final List<Integer> BROWSED = List.of(8080, 8443, 9990);
    /**
     * The ports the Fetch standard calls bad (above 1024, where an offset can land), refused by Chromium with
     * ERR_UNSAFE_PORT and by Node's fetch: an offset of 2000 puts HTTP on 10080 and the browser suites fail.
     */
    private static final Set<Integer> REFUSED_BY_BROWSERS = Set.of(1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060,
            5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080);

    private FreePorts() {
    }

    /**
     * An offset whose ports are free now and share none with the servers already given offsets: two servers
     * started later in the same run must not reach for the same port.
     */
    static int wildflyOffset(Set<Integer> otherOffsets) {
        Set<Integer> reserved = new java.util.HashSet<>();
        otherOffsets.forEach(other -> reserved.addAll(portsAt(other)));
        for (int attempt = 0; attempt < 200; attempt++) {
            int offset = 100 * ThreadLocalRandom.current().nextInt(5, MAX_OFFSET / 100);
            if (portsAt(offset).stream().noneMatch(reserved::contains)
                    && BROWSED.stream().noneMatch(p -> REFUSED_BY_BROWSERS.contains(p + offset))
                    && TCP.stream().allMatch(p -> tcpFree(p + offset)) && UDP.stream().allMatch(p -> udpFree(p + offset))) {
                return offset;
            }
        }
        throw new IllegalStateException("no free WildFly port offset found on loopback");
    }

    private static Set<Integer> portsAt(int offset) {
        Set<Integer> ports = new java.util.HashSet<>();
        TCP.forEach(p -> ports.add(p + offset));
        UDP.forEach(p -> ports.add(p + offset));
        return ports;
    }

    private static boolean tcpFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    private static boolean udpFree(int port) {
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
