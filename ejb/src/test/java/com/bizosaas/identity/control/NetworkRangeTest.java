package com.bizosaas.identity.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NetworkRangeTest {

    @Test
    void anIpv4RangeHoldsItsAddressesAndNoOthers() {
        NetworkRange office = NetworkRange.parse("203.0.113.0/24");
        assertThat(office.contains("203.0.113.0")).isTrue();
        assertThat(office.contains("203.0.113.255")).isTrue();
        assertThat(office.contains("203.0.114.1")).isFalse();
        assertThat(office.contains("::ffff:203.0.113.7")).isTrue();
        assertThat(office.contains("2001:db8::1")).isFalse();
        assertThat(NetworkRange.parse("10.1.2.3/8").contains("10.200.0.1")).isTrue(); // host bits are ignored
        assertThat(NetworkRange.parse("0.0.0.0/0").contains("198.51.100.9")).isTrue();
    }

    @Test
    void aBareAddressIsARangeOfOne() {
        NetworkRange one = NetworkRange.parse(" 127.0.0.1 ");
        assertThat(one.contains("127.0.0.1")).isTrue();
        assertThat(one.contains("127.0.0.2")).isFalse();
        assertThat(one).hasToString("127.0.0.1");
    }

    @Test
    void ipv6RangesWork() {
        NetworkRange range = NetworkRange.parse("2001:db8::/32");
        assertThat(range.contains("2001:db8:ffff::1")).isTrue();
        assertThat(range.contains("[2001:db8::5]")).isTrue();
        assertThat(range.contains("2001:db9::1")).isFalse();
        assertThat(range.contains("192.0.2.1")).isFalse();
        assertThat(NetworkRange.parse("2001:db8::/127").contains("2001:db8::1")).isTrue();
        assertThat(NetworkRange.parse("2001:db8::/127").contains("2001:db8::2")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "office", "example.com", "10.0.0.0/33", "10.0.0/8", "256.1.1.1", "1.2.3.4/-1", "1.2.3.4/8/8",
            "2001:db8::/129", "1.2.3.4/ 8", "1.2.3.4/x"})
    void whatIsNotALiteralNetworkIsRefusedSayingWhy(String written) {
        assertThatThrownBy(() -> NetworkRange.parse(written)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(written.strip());
    }

    @Test
    void aClientAddressThatIsNoAddressIsOutsideEveryRange() {
        assertThat(NetworkRange.parse("0.0.0.0/0").contains("localhost")).isFalse();
        assertThat(NetworkRange.parse("0.0.0.0/0").contains(null)).isFalse();
    }
}
