package org.carebridge.funding.disbursement.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.funding.disbursement.entity.Disbursement;

import java.util.Optional;

/**
 * Inserts a payment request in a transaction of its own, so that a concurrent request with the same
 * idempotency key fails on the unique key without taking the caller's transaction with it; the
 * caller then reads the request that won ({@link #byKey}, also in a fresh transaction, which sees it
 * committed). Only {@code Disbursements} calls it.
 */
@Stateless
public class DisbursementWriter {

    @Inject
    TenantData data;

    @Inject
    org.carebridge.core.audit.boundary.AuditTrail audit;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long insert(Disbursement d) {
        data.tenant().persist(d);
        data.tenant().flush();
        audit.record("DISBURSEMENT_SUBMITTED", "Disbursement", d.getId(), d.getPayeeName() + " "
                + d.getAmount().amount().toPlainString() + " " + d.getPurpose() + " key " + d.getIdempotencyKey());
        return d.getId();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Long> byKey(String key) {
        return data.tenant().createQuery("select d.id from Disbursement d where d.idempotencyKey = :k", Long.class)
                .setParameter("k", key).getResultStream().findFirst();
    }
}
