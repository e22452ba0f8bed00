package org.carebridge.care.child.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import org.carebridge.core.account.entity.Roles;

/**
 * How much of a district's case work the caller may see and do, beyond {@code @RolesAllowed}:
 * caseworkers and administrators act on every record; approvers and auditors read every record;
 * anyone else (a volunteer) only what they are part of.
 */
@ApplicationScoped
public class CaseAccess {

    @Inject
    SecurityContext security;

    /** Administrators and caseworkers: may act on every case record and read restricted notes. */
    public boolean actsOnAll() {
        return security.isCallerInRole(Roles.TENANT_ADMIN) || security.isCallerInRole(Roles.CASEWORKER);
    }

    /** Those who read every case record of the district (not volunteers). */
    public boolean readsAll() {
        return actsOnAll() || security.isCallerInRole(Roles.APPROVER) || security.isCallerInRole(Roles.AUDITOR);
    }
}
