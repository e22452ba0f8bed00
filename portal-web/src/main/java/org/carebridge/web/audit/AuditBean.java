package org.carebridge.web.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.carebridge.core.audit.boundary.AuditTrail;
import org.carebridge.core.audit.entity.AuditEvent;
import org.carebridge.web.faces.PagedModel;

import java.io.Serializable;

/** The audit-trail page, paged in SQL. */
@Named
@ViewScoped
public class AuditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditTrail trail;

    private PagedModel<AuditEvent> model;

    public PagedModel<AuditEvent> getModel() {
        if (model == null) {
            model = new PagedModel<>((offset, limit) -> trail.page(offset, limit));
        }
        return model;
    }
}
