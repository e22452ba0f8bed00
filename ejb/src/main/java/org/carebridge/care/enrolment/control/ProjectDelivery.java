package org.carebridge.care.enrolment.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.carebridge.care.enrolment.entity.EnrolmentStatus;
import org.carebridge.core.persistence.CallContext;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.funding.project.control.Delivered;
import org.carebridge.funding.project.control.DeliveryMeasure;
import org.carebridge.funding.project.entity.ServiceProject;

/**
 * Counts a project's delivery from the service records in its district's register, in a transaction
 * of its own bound to that district (records are tenant-private; the caller may be the provider or a
 * co-funder, who only learns the counts).
 */
@Stateless
public class ProjectDelivery implements DeliveryMeasure {

    @Inject
    TenantData data;

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Delivered measure(ServiceProject project) {
        long enrolled = data.shared().createQuery("select count(e) from Enrolment e where e.projectId = :p"
                        + " and e.status = :s", Long.class).setParameter("p", project.getId())
                .setParameter("s", EnrolmentStatus.ENROLLED).getSingleResult();
        try (CallContext.Scope ignored = CallContext.open(project.getDistrictTenantId(), CallContext.actor(),
                CallContext.sourceIp())) {
            Object[] row = data.tenant().createQuery("select count(r), count(distinct r.childId), sum(r.durationMinutes)"
                            + " from ServiceRecord r where r.projectId = :p and r.voidReason is null", Object[].class)
                    .setParameter("p", project.getId()).getSingleResult();
            return new Delivered(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                    row[2] == null ? 0 : ((Number) row[2]).longValue(), enrolled);
        }
    }
}
