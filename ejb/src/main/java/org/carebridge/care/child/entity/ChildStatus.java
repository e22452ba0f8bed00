package org.carebridge.care.child.entity;

import java.util.EnumSet;
import java.util.Set;

/** Where a child stands in the register: found, applying, supported, or no longer in it. */
public enum ChildStatus {
    DISCOVERED, APPLYING, SUPPORTED, EXITED;

    /** The statuses this one may move to. */
    public Set<ChildStatus> next() {
        return switch (this) {
            case DISCOVERED -> EnumSet.of(APPLYING, EXITED);
            case APPLYING -> EnumSet.of(SUPPORTED, DISCOVERED, EXITED);
            case SUPPORTED -> EnumSet.of(EXITED);
            case EXITED -> EnumSet.of(APPLYING);
        };
    }
}
