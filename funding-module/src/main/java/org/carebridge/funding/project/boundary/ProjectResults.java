package org.carebridge.funding.project.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.carebridge.config.Settings;
import org.carebridge.core.account.entity.Roles;
import org.carebridge.core.persistence.CallContext;
import org.carebridge.core.persistence.Page;
import org.carebridge.core.persistence.PagedQuery;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.core.tenant.control.TenantDirectory;
import org.carebridge.core.tenant.entity.Tenant;
import org.carebridge.core.value.LocalDates;
import org.carebridge.funding.project.control.IatiActivities;
import org.carebridge.funding.project.control.IatiActivity;
import org.carebridge.funding.project.control.IatiResults;
import org.carebridge.funding.project.control.Indicators;
import org.carebridge.funding.project.entity.CoFunder;
import org.carebridge.funding.project.entity.ReportStatus;
import org.carebridge.funding.project.entity.ServiceProject;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Project results for donors in IATI's shape (result → indicator → baseline / target / actual), one
 * project or a page of the bound tenant's projects, reported under the bound tenant's IATI organisation
 * identifier ({@code carebridge.iati.org-ref}). Readable by every party of a project (the same rule as
 * {@link Projects#find}); anyone else gets 404. KPI figures only.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.PROGRAMME_OFFICER,
        Roles.CASEWORKER})
public class ProjectResults {

    /** A page costs a few queries per project (its progress counts service records in its district): at most 50. */
    public static final int MAX_LIMIT = 50;

    @Inject
    TenantData data;

    @Inject
    Projects projects;

    @Inject
    TenantDirectory tenants;

    @Inject
    Settings settings;

    /** One project as an activity, if the bound tenant takes part in it (else 404). */
    public IatiActivities of(long projectId) {
        ServiceProject p = projects.visible(projectId);
        return new IatiActivities(IatiResults.VERSION, now(), null, null, null, activities(List.of(p)));
    }

    /** The projects the bound tenant takes part in, newest first, paged in SQL. */
    public IatiActivities page(int offset, int limit) {
        long me = CallContext.requireTenant();
        int size = Math.min(Math.max(limit, 1), MAX_LIMIT);
        Page<ServiceProject> page = PagedQuery.page(data.shared(), ServiceProject.class, "p",
                "from ServiceProject p where " + Projects.TAKES_PART, Map.of("me", me), "p.id desc", offset, size);
        return new IatiActivities(IatiResults.VERSION, now(), page.total(), page.offset(), page.limit(),
                activities(page.items()));
    }

    private List<IatiActivity> activities(List<ServiceProject> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        long me = CallContext.requireTenant();
        LocalDate today = LocalDates.today();
        Map<Long, IatiActivity.Org> orgs = orgs(list, me);
        Map<Long, List<IatiResults.Report>> reports = reports(list.stream().map(ServiceProject::getId).toList());
        List<IatiActivity> out = new ArrayList<>();
        for (ServiceProject p : list) {
            out.add(IatiResults.activity(p, me, orgs, reports.getOrDefault(p.getId(), List.of()),
                    projects.progress(p.getId()), today));
        }
        return out;
    }

    /** Every tenant the projects name, and the reporter, in one query. */
    private Map<Long, IatiActivity.Org> orgs(List<ServiceProject> list, long me) {
        Set<Long> ids = new HashSet<>();
        ids.add(me);
        for (ServiceProject p : list) {
            ids.add(p.getOwnerTenantId());
            ids.add(p.getProviderTenantId());
            p.getCoFunders().stream().map(CoFunder::getFunderTenantId).forEach(ids::add);
        }
        Map<Long, IatiActivity.Org> orgs = new HashMap<>();
        for (Tenant t : tenants.byIds(ids).values()) {
            orgs.put(t.getId(), IatiResults.org(t, settings.iatiOrgRef(t.getCode())));
        }
        return orgs;
    }

    /**
     * The submitted and accepted reports of these projects with their indicators as submitted, in one
     * query of the columns needed (not the narratives, evidence or reported-value rows).
     */
    private Map<Long, List<IatiResults.Report>> reports(Collection<Long> projectIds) {
        Map<Long, List<IatiResults.Report>> byProject = new HashMap<>();
        for (Object[] row : data.shared().createQuery("select r.projectId, r.periodFrom, r.periodTo, r.status,"
                        + " r.indicators from OutcomeReport r where r.projectId in :ids and r.status in :counted"
                        + " order by r.periodTo, r.periodFrom, r.id", Object[].class)
                .setParameter("ids", List.copyOf(projectIds))
                .setParameter("counted", List.of(ReportStatus.SUBMITTED, ReportStatus.ACCEPTED)).getResultList()) {
            Indicators indicators = Indicators.fromJson((String) row[4]);
            byProject.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>())
                    .add(new IatiResults.Report((LocalDate) row[1], (LocalDate) row[2], (ReportStatus) row[3],
                            indicators.kpis()));
        }
        return byProject;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }
}
