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

/** The form that registers a child with one guardian; every rule is the boundary's. */
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

    public String save() {
        EnumSet<ChildCategory> set = EnumSet.noneOf(ChildCategory.class);
        categories.forEach(c -> set.add(ChildCategory.valueOf(c)));
        List<NewChild.NewMember> household = guardianName == null || guardianName.isBlank() ? List.of()
                : List.of(new NewChild.NewMember(guardianName, guardianRelation, true, guardianMobile));
        ChildRecord created = children.register(new NewChild(name, sex, birthDate, residentId, null, residenceRegion,
                address, set, careSetting, household));
        return "/app/child.xhtml?faces-redirect=true&id=" + created.summary().id();
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
