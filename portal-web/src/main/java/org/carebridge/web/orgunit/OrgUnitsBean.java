package org.carebridge.web.orgunit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.carebridge.core.orgunit.boundary.OrgUnitData;
import org.carebridge.core.orgunit.boundary.OrgUnitView;
import org.carebridge.core.orgunit.boundary.OrgUnits;
import org.carebridge.core.orgunit.entity.OrgUnitKind;
import org.carebridge.web.faces.Messages;
import org.carebridge.web.faces.PagedModel;
import org.primefaces.PrimeFaces;

import java.io.Serializable;

/** The organisational-units page: a lazy table and one dialog for create and edit. */
@Named
@ViewScoped
public class OrgUnitsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrgUnits units;

    private PagedModel<OrgUnitView> model;

    private Long editingId;
    private long editingVersion;
    private String name;
    private OrgUnitKind kind = OrgUnitKind.COMMUNITY;
    private String regionCode;
    private String contact;

    public PagedModel<OrgUnitView> getModel() {
        if (model == null) {
            model = new PagedModel<>((offset, limit) -> units.page(offset, limit));
        }
        return model;
    }

    public void startCreate() {
        editingId = null;
        editingVersion = 0;
        name = null;
        kind = OrgUnitKind.COMMUNITY;
        regionCode = null;
        contact = null;
    }

    public void startEdit(long id) {
        OrgUnitView u = units.find(id);
        editingId = u.id();
        editingVersion = u.version();
        name = u.name();
        kind = u.kind();
        regionCode = u.regionCode();
        contact = u.contact();
    }

    public void save() {
        OrgUnitData data = new OrgUnitData(name, kind, regionCode, contact, editingVersion);
        if (editingId == null) {
            units.create(data);
        } else {
            units.update(editingId, data);
        }
        Messages.info("common.saved");
        PrimeFaces.current().executeScript("PF('unitDialog').hide()");
    }

    public void delete(long id) {
        units.delete(id);
        Messages.info("common.deleted");
    }

    public OrgUnitKind[] getKinds() {
        return OrgUnitKind.values();
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrgUnitKind getKind() {
        return kind;
    }

    public void setKind(OrgUnitKind kind) {
        this.kind = kind;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }
}
