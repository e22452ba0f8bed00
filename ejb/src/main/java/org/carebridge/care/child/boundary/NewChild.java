package org.carebridge.care.child.boundary;

import org.carebridge.care.child.entity.CareSetting;
import org.carebridge.care.child.entity.ChildCategory;

import java.util.List;
import java.util.Set;

/**
 * What a caseworker enters to register a child. Dates are text ({@code yyyy-MM-dd}) so that an
 * impossible date gets a clear message; sex and birth date may be left out when the resident ID
 * gives them.
 */
public record NewChild(String name, String sex, String birthDate, String residentId, String hukouRegion,
                       String residenceRegion, String address, Set<ChildCategory> categories,
                       CareSetting careSetting, List<NewMember> household) {

    /** A guardian or household member. */
    public record NewMember(String name, String relation, boolean guardian, String mobile) {
    }
}
