package org.carebridge.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.carebridge.core.account.boundary.Grant;
import org.carebridge.core.account.entity.Role;
import org.carebridge.web.security.PortalAuthentication;

/** The signed-in person and active tenant, for the layout and the menu (what roles allow). */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    HttpServletRequest request;

    @Inject
    LocaleBean language;

    public Grant getGrant() {
        return (Grant) request.getAttribute(PortalAuthentication.GRANT);
    }

    public boolean isLoggedIn() {
        return getGrant() != null;
    }

    public String getDisplayName() {
        return isLoggedIn() ? getGrant().displayName() : "";
    }

    public String getTenantName() {
        return isLoggedIn() ? getGrant().tenantName(language.getLocale()) : null;
    }

    public String getTenantKind() {
        return isLoggedIn() && getGrant().tenantKind() != null ? getGrant().tenantKind().name() : "PLATFORM";
    }

    public boolean has(String role) {
        return isLoggedIn() && getGrant().roles().contains(Role.valueOf(role));
    }

    public boolean isMember() {
        return isLoggedIn() && !getGrant().platform();
    }

    public boolean isAdmin() {
        return has("TENANT_ADMIN");
    }

    public boolean isAuditReader() {
        return has("TENANT_ADMIN") || has("AUDITOR");
    }

    /** Members of a district who work with its register (not the city's viewers). */
    public boolean isChildReader() {
        return "DISTRICT".equals(getTenantKind()) && !getGrant().roles().isEmpty()
                && !getGrant().roles().equals(java.util.Set.of(Role.CITY_VIEWER));
    }

    /** District members who work with leads (active discovery). */
    public boolean isLeadReader() {
        return "DISTRICT".equals(getTenantKind()) && (has("TENANT_ADMIN") || has("CASEWORKER") || has("APPROVER")
                || has("VOLUNTEER") || has("AUDITOR"));
    }

    /** District members who handle applications. */
    public boolean isApplicationReader() {
        return "DISTRICT".equals(getTenantKind()) && (has("TENANT_ADMIN") || has("CASEWORKER") || has("APPROVER")
                || has("AUDITOR"));
    }

    /** District members who see visits (a volunteer only those of their teams). */
    public boolean isVisitReader() {
        return isLeadReader();
    }

    /** Those who see referrals: districts' case staff (sent) and organisations' staff (received). */
    public boolean isReferralReader() {
        String kind = getTenantKind();
        return ("DISTRICT".equals(kind) || "SERVICE_ORG".equals(kind) || "FOUNDATION".equals(kind))
                && (has("TENANT_ADMIN") || has("CASEWORKER") || has("APPROVER") || has("AUDITOR")
                || has("PROGRAMME_OFFICER"));
    }

    /** Districts' staff (their tenders) and organisations' staff (opportunities and bids). */
    public boolean isTenderReader() {
        return isReferralReader() || ("DISTRICT".equals(getTenantKind()) && has("FINANCE_OFFICER"));
    }

    /** Districts' and foundations' staff who work with or check money: funds, payment requests, the ledger. */
    public boolean isMoneyReader() {
        String kind = getTenantKind();
        return ("DISTRICT".equals(kind) || "FOUNDATION".equals(kind)) && (has("TENANT_ADMIN") || has("FINANCE_OFFICER")
                || has("APPROVER") || has("AUDITOR") || has("PROGRAMME_OFFICER"));
    }

    public boolean isPlatformAdmin() {
        return has("PLATFORM_ADMIN");
    }

    /** Staff who see the figures: everyone but volunteers, in every kind of tenant (the city: its viewers). */
    public boolean isFiguresReader() {
        return has("TENANT_ADMIN") || has("CASEWORKER") || has("APPROVER") || has("FINANCE_OFFICER") || has("AUDITOR")
                || has("PROGRAMME_OFFICER") || has("CITY_VIEWER");
    }

    /** The work report (it has money figures) is for the city bureau and the districts' money readers. */
    public boolean isWorkReportReader() {
        String kind = getTenantKind();
        return ("DISTRICT".equals(kind) && (has("TENANT_ADMIN") || has("APPROVER") || has("FINANCE_OFFICER")
                || has("AUDITOR"))) || ("CITY_BUREAU".equals(kind) && (has("CITY_VIEWER")
                || has("TENANT_ADMIN")));
    }
}
