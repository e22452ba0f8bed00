package org.carebridge.web.child;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.carebridge.care.child.boundary.ChildRecord;
import org.carebridge.care.child.boundary.Children;
import org.carebridge.care.child.boundary.NewChild;
import org.carebridge.care.child.entity.CareSetting;
import org.carebridge.care.child.entity.ChildCategory;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The form that registers a child with one guardian, or ({@code ?id=}) edits a child's record and
 * adds a household member; every rule is the boundary's.
 */
@Named
@ViewScoped
public class NewChildBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Children children;

    private String name;
    private String sex;
    private String birthDate;
    private String residentId;
    private String residenceRegion;
    private String address;
    private List<String> categories = new ArrayList<>();
    private CareSetting careSetting = CareSetting.FAMILY;
    private String guardianName;
    private String guardianRelation;
    private String guardianMobile;

    private Long id;
    private long version;
    private String hukouRegion;
    private String residentIdMasked;

    /** In edit mode, fills the form from the record (the resident ID stays masked; blank keeps it). */
    public void load() {
        if (id != null && residenceRegion == null) {
            ChildRecord r = children.open(id, "edit");
            name = r.summary().name();
            sex = r.summary().sex().name();
            birthDate = r.summary().birthDate().toString();
            residentIdMasked = r.summary().residentIdMasked();
            residenceRegion = r.summary().residenceRegion();
            hukouRegion = r.hukouRegion();
            address = r.address();
            categories = new ArrayList<>(r.summary().categories().stream().map(Enum::name).toList());
            careSetting = r.summary().careSetting();
            version = r.version();
        }
    }

    public String save() {
        EnumSet<ChildCategory> set = EnumSet.noneOf(ChildCategory.class);
        categories.forEach(c -> set.add(ChildCategory.valueOf(c)));
        List<NewChild.NewMember> household = guardianName == null || guardianName.isBlank() ? List.of()
                : List.of(new NewChild.NewMember(guardianName, guardianRelation, true, guardianMobile));
        NewChild form = new NewChild(name, sex, birthDate, residentId, hukouRegion, residenceRegion, address, set,
                careSetting, household);
        ChildRecord saved = id == null ? children.register(form) : children.update(id, version, form);
        return "/app/child.xhtml?faces-redirect=true&id=" + saved.summary().id();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getHukouRegion() {
        return hukouRegion;
    }

    public void setHukouRegion(String hukouRegion) {
        this.hukouRegion = hukouRegion;
    }

    public String getResidentIdMasked() {
        return residentIdMasked;
    }

    public ChildCategory[] getAllCategories() {
        return ChildCategory.values();
    }

    public CareSetting[] getCareSettings() {
        return CareSetting.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSex() {
        return sex;
    }

    public void setSex(String sex) {
        this.sex = sex;
    }

    public String getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(String birthDate) {
        this.birthDate = birthDate;
    }

    public String getResidentId() {
        return residentId;
    }

    public void setResidentId(String residentId) {
        this.residentId = residentId;
    }

    public String getResidenceRegion() {
        return residenceRegion;
    }

    public void setResidenceRegion(String residenceRegion) {
        this.residenceRegion = residenceRegion;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = categories;
    }

    public CareSetting getCareSetting() {
        return careSetting;
    }

    public void setCareSetting(CareSetting careSetting) {
        this.careSetting = careSetting;
    }

    public String getGuardianName() {
        return guardianName;
    }

    public void setGuardianName(String guardianName) {
        this.guardianName = guardianName;
    }

    public String getGuardianRelation() {
        return guardianRelation;
    }

    public void setGuardianRelation(String guardianRelation) {
        this.guardianRelation = guardianRelation;
    }

    public String getGuardianMobile() {
        return guardianMobile;
    }

    public void setGuardianMobile(String guardianMobile) {
        this.guardianMobile = guardianMobile;
    }
}
