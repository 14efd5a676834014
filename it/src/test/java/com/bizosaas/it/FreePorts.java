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
