package org.carebridge.care.child.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.TenantOwned;
import org.carebridge.core.value.LocalDates;
import org.carebridge.core.value.PersonName;
import org.carebridge.core.value.RegionCode;
import org.carebridge.core.value.RegionCodeConverter;
import org.carebridge.core.value.ResidentId;
import org.carebridge.core.value.ResidentIdConverter;
import org.carebridge.core.value.Sex;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A child in a district's register. The resident ID is stored once and shown masked; sex and birth
 * date must agree with it when it is known (children without papers are registered without one).
 */
@Entity
@Table(name = "cb_child")
public class Child extends TenantOwned {

    public static final int ADDRESS_LENGTH = 200;
    public static final int ADULT_AGE = 18;

    /** Kept as text so that name search is a LIKE in SQL; always a valid {@link PersonName}. */
    @Column(nullable = false, length = PersonName.MAX_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 6)
    private Sex sex;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Convert(converter = ResidentIdConverter.class)
    @Column(name = "resident_id", length = 18)
    private ResidentId residentId;

    @Convert(converter = RegionCodeConverter.class)
    @Column(name = "hukou_region", length = 12)
    private RegionCode hukouRegion;

    @Convert(converter = RegionCodeConverter.class)
    @Column(name = "residence_region", nullable = false, length = 12)
    private RegionCode residenceRegion;

    @Column(length = ADDRESS_LENGTH)
    private String address;

    /** ",ORPHAN,MIGRANT," — delimited on both sides so that one category is one LIKE in SQL. */
    @Column(nullable = false, length = 200)
    private String categories;

    @Enumerated(EnumType.STRING)
    @Column(name = "care_setting", nullable = false, length = 20)
    private CareSetting careSetting;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ChildStatus status;

    @Column(name = "exit_reason", length = 200)
    private String exitReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "child", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<HouseholdMember> household = new ArrayList<>();

    protected Child() {
    }

    public Child(PersonName name, Sex sex, LocalDate birthDate, ResidentId residentId, RegionCode residenceRegion,
                 Set<ChildCategory> categories, CareSetting careSetting) {
        this.createdAt = Instant.now();
        this.status = ChildStatus.DISCOVERED;
        describe(name, sex, birthDate, residentId);
        relocate(null, residenceRegion, null);
        categorise(categories, careSetting);
    }

    /** Identity: the resident ID, when given, must agree with sex and birth date. */
    public final void describe(PersonName newName, Sex newSex, LocalDate newBirthDate, ResidentId id) {
        if (newName == null) {
            throw new ValidationException("value.name.required");
        }
        if (newSex == null) {
            throw new ValidationException("child.sex.required");
        }
        if (newBirthDate == null || newBirthDate.isAfter(LocalDates.today())) {
            throw new ValidationException("child.birthDate.invalid");
        }
        if (id != null && (!id.birthDate().equals(newBirthDate) || id.sex() != newSex)) {
            throw new ValidationException("child.residentId.mismatch");
        }
        this.name = newName.value();
        this.sex = newSex;
        this.birthDate = newBirthDate;
        this.residentId = id;
        touch();
    }

    public final void relocate(RegionCode hukou, RegionCode residence, String newAddress) {
        if (residence == null) {
            throw new ValidationException("value.region.required");
        }
        if (newAddress != null && newAddress.strip().length() > ADDRESS_LENGTH) {
            throw new ValidationException("child.address.length", ADDRESS_LENGTH);
        }
        this.hukouRegion = hukou;
        this.residenceRegion = residence;
        this.address = newAddress == null || newAddress.isBlank() ? null : newAddress.strip();
        touch();
    }

    public final void categorise(Set<ChildCategory> newCategories, CareSetting setting) {
        if (newCategories == null || newCategories.isEmpty()) {
            throw new ValidationException("child.categories.required");
        }
        if (setting == null) {
            throw new ValidationException("child.careSetting.required");
        }
        this.categories = ChildCategory.encode(newCategories);
        this.careSetting = setting;
        touch();
    }

    /** Moves along DISCOVERED → APPLYING → SUPPORTED → EXITED; an exit needs a reason. */
    public void moveTo(ChildStatus next, String reason) {
        if (!status.next().contains(next)) {
            throw new ValidationException("child.status.transition", status, next);
        }
        if (next == ChildStatus.EXITED && (reason == null || reason.isBlank())) {
            throw new ValidationException("child.exit.reasonRequired");
        }
        this.exitReason = next == ChildStatus.EXITED ? reason.strip() : null;
        this.status = next;
        touch();
    }

    public HouseholdMember addHouseholdMember(PersonName memberName, String relation, boolean guardian,
                                              org.carebridge.core.value.MobileNumber mobile) {
        HouseholdMember m = new HouseholdMember(this, memberName, relation, guardian, mobile);
        household.add(m);
        touch();
        return m;
    }

    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    public boolean isAdultOn(LocalDate day) {
        return ageOn(day) >= ADULT_AGE;
    }

    private void touch() {
        this.updatedAt = Instant.now();
    }

    public Set<ChildCategory> getCategories() {
        return ChildCategory.decode(categories);
    }

    public PersonName getName() {
        return PersonName.of(name);
    }

    public Sex getSex() {
        return sex;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public ResidentId getResidentId() {
        return residentId;
    }

    public RegionCode getHukouRegion() {
        return hukouRegion;
    }

    public RegionCode getResidenceRegion() {
        return residenceRegion;
    }

    public String getAddress() {
        return address;
    }

    public CareSetting getCareSetting() {
        return careSetting;
    }

    public ChildStatus getStatus() {
        return status;
    }

    public String getExitReason() {
        return exitReason;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<HouseholdMember> getHousehold() {
        return List.copyOf(household);
    }
}
