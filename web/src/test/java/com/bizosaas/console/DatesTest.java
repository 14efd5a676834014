package com.bizosaas.console;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class DatesTest {

    private static final Instant MOMENT = Instant.parse("2026-12-07T13:26:41.123456Z");

    @Test
    void aMomentReadsAsTheViewersClockInTheirRegionsOrder() {
        assertThat(Dates.format(MOMENT.atZone(ZoneId.of("Europe/Berlin")), Locale.UK)).isEqualTo("7 Dec 2026, 14:26");
        assertThat(Dates.format(MOMENT.atZone(ZoneId.of("America/New_York")), Locale.US)).matches("Dec 7, 2026, 8:26\\hAM");
    }

    @Test
    void withoutTheViewersZoneItIsUtcAndSaysSo() {
        assertThat(Dates.format(MOMENT.atZone(ZoneOffset.UTC), Locale.UK)).isEqualTo("7 Dec 2026, 13:26 UTC");
    }

    @Test
    void aZoneTheBrowserNamedIsTakenAnythingElseIsUtc() {
        assertThat(Dates.zoneOf("Asia/Kolkata")).isEqualTo(ZoneId.of("Asia/Kolkata"));
        assertThat(Dates.zoneOf("Mars/Olympus")).isEqualTo(ZoneOffset.UTC);
        assertThat(Dates.zoneOf("<script>")).isEqualTo(ZoneOffset.UTC);
        assertThat(Dates.zoneOf("")).isEqualTo(ZoneOffset.UTC);
        assertThat(Dates.zoneOf(null)).isEqualTo(ZoneOffset.UTC);
    }
}
