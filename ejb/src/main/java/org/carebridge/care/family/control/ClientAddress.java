package org.carebridge.care.family.control;

import java.util.List;
import java.util.Set;

/**
 * The address a request really came from. {@code X-Forwarded-For} is believed only when the
 * connection comes from a configured proxy, and then only as far as the proxies it names are
 * configured too: walking the header from the right, the first address that is not a trusted proxy is
 * the client. A client that sends its own header through a proxy cannot choose its address — it only
 * adds entries to the left of the one the proxy appends.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String resolve(String remoteAddr, String forwardedFor, Set<String> trustedProxies) {
        String remote = remoteAddr == null ? "" : remoteAddr.strip();
        if (forwardedFor == null || forwardedFor.isBlank() || !trustedProxies.contains(remote)) {
            return remote;
        }
        List<String> hops = List.of(forwardedFor.split(",", -1));
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i).strip();
            if (hop.isEmpty() || hop.length() > 64 || !hop.matches("[0-9A-Fa-f:.\\[\\]]+")) {
                return remote; // a malformed header is not believed at all
            }
            if (!trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return remote;
    }
}
