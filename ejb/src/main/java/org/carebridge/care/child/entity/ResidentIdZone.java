package org.carebridge.care.child.entity;

import java.time.ZoneId;

/** Dates of the register (birth dates, "today") are Beijing dates. */
final class ResidentIdZone {
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private ResidentIdZone() {
    }
}
