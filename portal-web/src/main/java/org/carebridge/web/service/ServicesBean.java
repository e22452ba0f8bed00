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
import org.carebridge.web.faces.DateRange;
import org.carebridge.web.faces.FilterParams;
import java.util.Map;
import java.util.HashMap;

/** The district's service records, by type, with voiding of a record entered in error. */
@Named
@ViewScoped
public class ServicesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Services services;

    private ServiceType type;
    private boolean includeVoid;
    private final DateRange dates = new DateRange();
    private final PagedModel<ServiceView> model = new PagedModel<>((offset, limit) ->
            services.page(new Services.Filter(null, type, includeVoid, dates.getFrom(), dates.getTo()), offset, limit));

    /** The filter given in the URL (f:viewParam), applied once by {@link #applyParams}. */
    private final Map<String, String> params = new HashMap<>();

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

    /** {@code ?type=COUNSELLING&from=2026-01-01&to=2026-11-30}, each optional. */
    public void applyParams() {
        type = FilterParams.enumOf(ServiceType.class, params.get("type"), "type");
        dates.read(params);
    }

    public Map<String, String> getParams() {
        return params;
    }

    public DateRange getDates() {
        return dates;
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
