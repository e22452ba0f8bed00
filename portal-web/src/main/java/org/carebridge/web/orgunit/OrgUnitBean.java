package org.carebridge.web.orgunit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.carebridge.core.orgunit.boundary.OrgUnitView;
import org.carebridge.core.orgunit.boundary.OrgUnits;

/** One unit, addressed by id in the URL ({@code /app/org-unit.xhtml?id=…}); another tenant's id is a 404. */
@Named
@RequestScoped
public class OrgUnitBean {

    @Inject
    OrgUnits units;

    private Long id;
    private OrgUnitView unit;

    public void load() {
        unit = units.find(id == null ? -1 : id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public OrgUnitView getUnit() {
        return unit;
    }
}
