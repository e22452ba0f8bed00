package org.carebridge.care.referral.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.carebridge.care.child.control.ChildLookup;
import org.carebridge.care.child.entity.Child;
import org.carebridge.care.child.entity.ChildStatus;
import org.carebridge.care.service.entity.ServiceRecord;
import org.carebridge.core.audit.boundary.AuditTrail;
import org.carebridge.core.error.ConflictException;
import org.carebridge.core.persistence.CallContext;
import org.carebridge.core.persistence.TenantData;

import java.util.List;

/**
 * Work a receiving organisation (of a referral or a project enrolment) does in the referring district's register, each call in its own
 * transaction so that its persistence context is bound to the district (the caller binds the
 * district in {@link CallContext} after checking the referral or enrolment). Only {@code Referrals} and
 * {@code Enrolments} call it.
 */
@Stateless
public class DistrictWriter {

    @Inject
    TenantData data;

    @Inject
    ChildLookup lookup;

    @Inject
    AuditTrail audit;

    /** The record, written into the district bound now; the child must still be in its register. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ServiceRecord recordService(ServiceRecord record, String basis) {
        Child child = lookup.require(record.getChildId());
        if (child.getStatus() == ChildStatus.EXITED) {
            throw new ConflictException("referral.child.exited");
        }
        EntityManager em = data.tenant();
        em.persist(record);
        em.flush();
        audit.record("SERVICE_RECORDED", "Child", child.getId(), "service " + record.getId() + " " + record.getType()
                + " " + record.getDeliveredOn() + " by " + record.getProviderName() + " (" + basis + ")");
        return record;
    }

    /** The services this provider recorded under a project, newest first, paged. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public org.carebridge.core.persistence.Page<ServiceRecord> servicesUnder(long projectId, long providerTenantId,
                                                                            int offset, int limit) {
        return org.carebridge.core.persistence.PagedQuery.page(data.tenant(), ServiceRecord.class, "r",
                "from ServiceRecord r where r.projectId = :p and r.providerTenantId = :t",
                java.util.Map.of("p", projectId, "t", providerTenantId), "r.deliveredOn desc, r.id desc", offset, limit);
    }

    /** The services this provider recorded for the child, newest first (at most 200). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<ServiceRecord> servicesBy(long childId, long providerTenantId) {
        return data.tenant().createQuery("select r from ServiceRecord r where r.childId = :c"
                        + " and r.providerTenantId = :p and r.voidReason is null order by r.deliveredOn desc, r.id desc",
                ServiceRecord.class).setParameter("c", childId).setParameter("p", providerTenantId)
                .setMaxResults(200).getResultList();
    }
}
