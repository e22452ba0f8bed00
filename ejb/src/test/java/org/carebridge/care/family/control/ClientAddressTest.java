package org.carebridge.care.family.control;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTest {

    private static final Set<String> PROXIES = Set.of("10.0.0.2", "10.0.0.3");

    @Test
    void aDirectClientCannotChooseItsAddressWithTheHeader() {
        assertThat(ClientAddress.resolve("203.0.113.7", "198.51.100.1", PROXIES)).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.resolve("203.0.113.7", null, PROXIES)).isEqualTo("203.0.113.7");
    }

    @Test
    void behindTrustedProxiesTheFirstUntrustedHopFromTheRightIsTheClient() {
        assertThat(ClientAddress.resolve("10.0.0.2", "203.0.113.7", PROXIES)).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.resolve("10.0.0.2", "203.0.113.7, 10.0.0.3", PROXIES)).isEqualTo("203.0.113.7");
        // whatever the client wrote itself stays to the left of what the proxy appended
        assertThat(ClientAddress.resolve("10.0.0.2", "1.2.3.4, 5.6.7.8, 203.0.113.7", PROXIES)).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.resolve("10.0.0.2", "2001:db8::1", PROXIES)).isEqualTo("2001:db8::1");
    }

    @Test
    void aMalformedOrAllProxyHeaderFallsBackToTheConnection() {
        assertThat(ClientAddress.resolve("10.0.0.2", "<script>", PROXIES)).isEqualTo("10.0.0.2");
        assertThat(ClientAddress.resolve("10.0.0.2", "10.0.0.3", PROXIES)).isEqualTo("10.0.0.2");
        assertThat(ClientAddress.resolve("10.0.0.2", "203.0.113.7,,", PROXIES)).isEqualTo("10.0.0.2");
    }
}
