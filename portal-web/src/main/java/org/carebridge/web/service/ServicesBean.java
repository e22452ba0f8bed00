package org.carebridge.web.service;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.carebridge.care.service.boundary.ServiceView;
import org.carebridge.care.service.boundary.Services;
import org.carebridge.core.value.ServiceType;
import org.carebridge.web.faces.Messages;
import org.carebridge.web.faces.PagedModel;
import org.primefaces.PrimeFaces;

import java.io.Serializable;

/** The district's service records, by type, with voiding of a record entered in error. */
@Named
@ViewScoped
public class ServicesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Services services;

    private ServiceType type;
    private boolean includeVoid;
    private final PagedModel<ServiceView> model = new PagedModel<>((offset, limit) ->
            services.page(new Services.Filter(null, type, includeVoid), offset, limit));

    private Long voidId;
    private String voidReason;

    public void startVoid(long id) {
        voidId = id;
        voidReason = null;
    }

    public void voidRecord() {
        services.voidRecord(voidId, voidReason);
        Messages.info("common.saved");
        PrimeFaces.current().executeScript("PF('voidDialog').hide()");
    }

    public ServiceType[] getTypes() {
        return ServiceType.values();
    }

    public PagedModel<ServiceView> getModel() {
        return model;
    }

    public ServiceType getType() {
        return type;
    }

    public void setType(ServiceType type) {
        this.type = type;
    }

    public boolean isIncludeVoid() {
        return includeVoid;
    }

    public void setIncludeVoid(boolean includeVoid) {
        this.includeVoid = includeVoid;
    }

    public String getVoidReason() {
        return voidReason;
    }

    public void setVoidReason(String voidReason) {
        this.voidReason = voidReason;
    }
}
