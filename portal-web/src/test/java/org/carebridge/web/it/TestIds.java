package org.carebridge.web.it;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/** Synthetic valid resident IDs for tests, computed independently of the portal's own code. */
final class TestIds {

    private TestIds() {
    }

    /** A valid resident ID of the region for a child born on that day, with the sex's parity. */
    static String residentId(String region, LocalDate birth, boolean male) {
        int seq = ThreadLocalRandom.current().nextInt(100, 499) * 2 + (male ? 1 : 0);
        String first17 = region + birth.toString().replace("-", "") + seq;
        return first17 + checkCharacter(first17);
    }

    /** GB 11643 check character. */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ((1 << (17 - i)) % 11);
        }
        return "10X98765432".charAt(sum % 11);
    }
}
