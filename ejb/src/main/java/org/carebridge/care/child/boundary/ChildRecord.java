package org.carebridge.care.child.boundary;

import org.carebridge.care.child.entity.Child;
import org.carebridge.care.child.entity.HouseholdMember;

import java.time.LocalDate;
import java.util.List;

/** A child's record as its page and the API show it: the resident ID and mobile numbers masked. */
public record ChildRecord(ChildSummary summary, String hukouRegion, String address, String exitReason,
                          List<Member> household, long version) {

    /** A household member; the number is masked. */
    public record Member(String name, String relation, boolean guardian, String mobileMasked) {
        static Member of(HouseholdMember m) {
            return new Member(m.getName().value(), m.getRelation(), m.isGuardian(),
                    m.getMobile() == null ? null : m.getMobile().masked());
        }
    }

    static ChildRecord of(Child c, LocalDate today) {
        return new ChildRecord(ChildSummary.of(c, today), c.getHukouRegion() == null ? null : c.getHukouRegion().value(),
                c.getAddress(), c.getExitReason(), c.getHousehold().stream().map(Member::of).toList(), c.getVersion());
    }
}
