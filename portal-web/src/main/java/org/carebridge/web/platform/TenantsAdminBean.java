package org.carebridge.web.platform;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.carebridge.core.tenant.boundary.NewTenant;
import org.carebridge.core.tenant.boundary.Onboarded;
import org.carebridge.core.tenant.boundary.TenantView;
import org.carebridge.core.tenant.boundary.Tenants;
import org.carebridge.core.tenant.entity.TenantKind;
import org.carebridge.web.faces.Messages;
import org.carebridge.web.faces.PagedModel;

import java.io.Serializable;

/** The platform administrator's tenant list: onboard, suspend, reactivate. */
@Named
@ViewScoped
public class TenantsAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Tenants tenants;

    private PagedModel<TenantView> model;
    private String code;
    private TenantKind kind = TenantKind.DISTRICT;
    private String nameZh;
    private String nameEn;
    private String regionCode;
    private String adminUsername;
    private String adminDisplayName;
    private Onboarded onboarded;

    public PagedModel<TenantView> getModel() {
        if (model == null) {
            model = new PagedModel<>((offset, limit) -> tenants.page(offset, limit));
        }
        return model;
    }

    public void onboard() {
        onboarded = tenants.onboard(new NewTenant(code, kind, nameZh, nameEn, regionCode, adminUsername,
                adminDisplayName));
        Messages.info("tenants.created", onboarded.tenant().code());
        code = null;
        nameZh = null;
        nameEn = null;
        regionCode = null;
        adminUsername = null;
        adminDisplayName = null;
    }

    public void suspend(long id) {
        tenants.suspend(id);
        Messages.info("tenants.suspended");
    }

    public void activate(long id) {
        tenants.activate(id);
        Messages.info("tenants.activated");
    }

    public TenantKind[] getKinds() {
        return TenantKind.values();
    }

    public Onboarded getOnboarded() {
        return onboarded;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public TenantKind getKind() {
        return kind;
    }

    public void setKind(TenantKind kind) {
        this.kind = kind;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getAdminUsername() {
        return adminUsername;
    }

    public void setAdminUsername(String adminUsername) {
        this.adminUsername = adminUsername;
    }

    public String getAdminDisplayName() {
        return adminDisplayName;
    }

    public void setAdminDisplayName(String adminDisplayName) {
        this.adminDisplayName = adminDisplayName;
    }
}
