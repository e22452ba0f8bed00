package org.carebridge.care.export.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.carebridge.care.child.boundary.Children;
import org.carebridge.core.account.entity.Roles;
import org.carebridge.core.audit.boundary.AuditTrail;
import org.carebridge.core.audit.entity.AuditEvent;
import org.carebridge.core.persistence.CallContext;

/**
 * The audit side of list exports. The rows themselves are read through each list's own boundary (so its
 * tenant scope, role checks and masking apply); this records that a list left the portal, with its name,
 * format, filter and row count. A copy of the children register is a view of child records and is
 * recorded as one, under the child record type, so it shows next to the record views it stands for.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.CASEWORKER, Roles.APPROVER, Roles.AUDITOR, Roles.VOLUNTEER,
        Roles.FINANCE_OFFICER, Roles.PROGRAMME_OFFICER, Roles.CITY_VIEWER})
public class Exports {

    /** Audit action of an export of any list but the children register. */
    public static final String LIST_EXPORTED = "LIST_EXPORTED";
    /** Audit action of an export of the children register (a view of many child records at once). */
    public static final String CHILDREN_EXPORTED = "CHILDREN_EXPORTED";
    /** The list name the children register is exported under. */
    public static final String CHILDREN = "children";

    @Inject
    AuditTrail audit;

    /**
     * Records one export. {@code list} names the page ({@code children}, {@code ledger}…), {@code filter}
     * the filter that was active (free text, may be empty).
     */
    public void exported(String list, String format, long rows, String filter) {
        CallContext.requireTenant();
        String name = list == null || list.isBlank() ? "list" : list.strip();
        String detail = name + " " + (format == null ? "" : format) + " rows=" + rows
                + (filter == null || filter.isBlank() ? "" : " filter=" + filter.strip());
        if (detail.length() > AuditEvent.DETAIL_LENGTH) {
            detail = detail.substring(0, AuditEvent.DETAIL_LENGTH);
        }
        if (CHILDREN.equals(name)) {
            audit.record(CHILDREN_EXPORTED, Children.RECORD, null, detail);
        } else {
            audit.record(LIST_EXPORTED, name, null, detail);
        }
    }
}
