package com.bizosaas.platform.control;

/** What one probe of a dependency found. {@code latencyMillis} is -1 when the probe did not complete. */
public record ProbeResult(boolean up, String detail, long latencyMillis) {

    public static ProbeResult up(String detail, long latencyMillis) {
        return new ProbeResult(true, detail, latencyMillis);
    }

    public static ProbeResult down(String detail, long latencyMillis) {
        return new ProbeResult(false, detail, latencyMillis);
    }
}
