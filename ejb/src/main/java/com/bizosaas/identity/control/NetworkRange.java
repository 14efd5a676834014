package com.bizosaas.identity.control;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One range of a tenant's network allow-list, in CIDR notation ({@code 203.0.113.0/24}, {@code 2001:db8::/32}; a bare
 * address is a range of one). Parsed without name lookups: only literal addresses are accepted.
 */
public final class NetworkRange {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private final byte[] network;
    private final int prefix;
    private final String written;

    private NetworkRange(byte[] network, int prefix, String written) {
        this.network = network;
        this.prefix = prefix;
        this.written = written;
    }

    /**
     * A range from how an administrator wrote it.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static NetworkRange parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        String[] parts = trimmed.split("/", -1);
        if (parts.length > 2) {
            throw new IllegalArgumentException("\"" + trimmed + "\" is not a network: write an address or address/prefix");
        }
        byte[] address = literal(parts[0]).orElseThrow(() -> new IllegalArgumentException(
                "\"" + trimmed + "\" is not a network: write an IPv4 or IPv6 address, optionally /prefix"));
        int bits = address.length * 8;
        int prefix = bits;
        if (parts.length == 2) {
            if (!parts[1].matches("\\d{1,3}") || Integer.parseInt(parts[1]) > bits) {
                throw new IllegalArgumentException("\"" + trimmed + "\": the prefix must be 0 to " + bits);
            }
            prefix = Integer.parseInt(parts[1]);
        }
        return new NetworkRange(masked(address, prefix), prefix, trimmed);
    }

    /** Whether an address (as the servlet container reports the client's) falls in this range. */
    public boolean contains(String clientAddress) {
        return literal(clientAddress).map(this::contains).orElse(false);
    }

    private boolean contains(byte[] address) {
        byte[] candidate = address;
        if (candidate.length != network.length) {
            candidate = ipv4MappedIn(candidate).orElse(null);
            if (candidate == null || candidate.length != network.length) {
                return false;
            }
        }
        return java.util.Arrays.equals(masked(candidate, prefix), network);
    }

    @Override
    public String toString() {
        return written;
    }

    private static Optional<byte[]> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String candidate = text.strip();
        if (candidate.startsWith("[") && candidate.endsWith("]")) {
            candidate = candidate.substring(1, candidate.length() - 1);
        }
        boolean v4 = IPV4.matcher(candidate).matches();
        if (!v4 && !IPV6.matcher(candidate).matches()) {
            return Optional.empty(); // never a host name: InetAddress would look it up
        }
        if (v4) {
            for (String octet : candidate.split("\\.")) {
                if (Integer.parseInt(octet) > 255) {
                    return Optional.empty();
                }
            }
        }
        try {
            return Optional.of(InetAddress.getByName(candidate).getAddress());
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
    }

    /** An IPv4 client seen as ::ffff:a.b.c.d matches IPv4 ranges; an IPv4 client matches nothing of IPv6. */
    private static Optional<byte[]> ipv4MappedIn(byte[] address) {
        if (address.length == 16) {
            for (int i = 0; i < 10; i++) {
                if (address[i] != 0) {
                    return Optional.empty();
                }
            }
            if (address[10] == (byte) 0xff && address[11] == (byte) 0xff) {
                return Optional.of(java.util.Arrays.copyOfRange(address, 12, 16));
            }
        }
        return Optional.empty();
    }

    private static byte[] masked(byte[] address, int prefix) {
        byte[] out = address.clone();
        for (int i = 0; i < out.length; i++) {
            int keep = Math.max(0, Math.min(8, prefix - i * 8));
            out[i] = (byte) (out[i] & (0xff << (8 - keep)));
        }
        return out;
    }
}
