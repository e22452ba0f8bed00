package org.carebridge.care.child.boundary;

import org.carebridge.care.child.entity.CareSetting;
import org.carebridge.care.child.entity.Child;
import org.carebridge.care.child.entity.ChildCategory;
import org.carebridge.care.child.entity.ChildStatus;
import org.carebridge.core.value.Sex;

import java.time.LocalDate;
import java.util.Set;

/** A row of the register: identity masked, as every list shows it. */
public record ChildSummary(long id, String name, Sex sex, LocalDate birthDate, int age, String residentIdMasked,
                           Set<ChildCategory> categories, ChildStatus status, CareSetting careSetting,
                           String residenceRegion) {

    static ChildSummary of(Child c, LocalDate today) {
        return new ChildSummary(c.getId(), c.getName().value(), c.getSex(), c.getBirthDate(), c.ageOn(today),
                c.getResidentId() == null ? null : c.getResidentId().masked(), c.getCategories(), c.getStatus(),
                c.getCareSetting(), c.getResidenceRegion().value());
    }
}
