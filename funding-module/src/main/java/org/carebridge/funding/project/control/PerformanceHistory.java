package org.carebridge.funding.project.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.core.tenant.control.TenantDirectory;
import org.carebridge.funding.project.boundary.PerformanceView;
import org.carebridge.funding.project.entity.OutcomeReport;
import org.carebridge.funding.project.entity.ReportKind;
import org.carebridge.funding.project.entity.ReportStatus;
import org.carebridge.funding.project.entity.ServiceProject;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Providers' performance history: the accepted final reports of the projects they delivered, newest
 * first (at most 10 each) — shown to a district with the bids it evaluates and on project pages.
 */
@ApplicationScoped
public class PerformanceHistory {

    @Inject
    TenantData data;

    @Inject
    TenantDirectory tenants;

    public Map<Long, List<PerformanceView>> of(Collection<Long> providers) {
        Map<Long, List<PerformanceView>> out = new HashMap<>();
        if (providers.isEmpty()) {
            return out;
        }
        List<Object[]> rows = data.shared().createQuery("select r, p from OutcomeReport r, ServiceProject p"
                        + " where r.projectId = p.id and p.providerTenantId in :providers and r.kind = :final"
                        + " and r.status = :accepted order by r.reviewedAt desc", Object[].class)
                .setParameter("providers", List.copyOf(providers)).setParameter("final", ReportKind.FINAL)
                .setParameter("accepted", ReportStatus.ACCEPTED).setMaxResults(200).getResultList();
        Map<Long, String> names = tenants.names(rows.stream().map(o -> ((ServiceProject) o[1]).getOwnerTenantId()).toList());
        for (Object[] o : rows) {
            OutcomeReport r = (OutcomeReport) o[0];
            ServiceProject p = (ServiceProject) o[1];
            List<PerformanceView> list = out.computeIfAbsent(p.getProviderTenantId(), k -> new java.util.ArrayList<>());
            if (list.size() < 10) {
                list.add(new PerformanceView(p.getId(), p.getTitle(), names.get(p.getOwnerTenantId()),
                        p.getEndedOn(), r.getJointScore(), r.getDistrictScore(), r.getSelfScore(),
                        r.getThirdPartyScore()));
            }
        }
        return out;
    }
}
