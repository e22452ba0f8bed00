package org.carebridge.care.allowance.boundary;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.carebridge.care.allowance.control.RunMaker;
import org.carebridge.care.allowance.control.RunProgress;
import org.carebridge.care.allowance.entity.PaymentRun;
import org.carebridge.core.error.BusinessException;
import org.carebridge.core.persistence.CallContext;

import java.time.YearMonth;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Payment runs computed in the background: the caller ({@link PaymentRuns#start}) has checked the
 * roles and the scheme; this binds the caller's tenant and name to the worker thread, computes the
 * run in a transaction of its own and records the outcome in {@link RunProgress}. A failure keeps
 * nothing (the transaction rolls back) and is shown as a message; the run can simply be started again.
 */
@Stateless
public class RunJobs {

    private static final Logger LOG = Logger.getLogger(RunJobs.class.getName());

    @Inject
    RunMaker maker;

    @Inject
    RunProgress progress;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void compute(long tenantId, String actor, String sourceIp, long schemeId, YearMonth month) {
        try (CallContext.Scope ignored = CallContext.open(tenantId, actor, sourceIp)) {
            PaymentRun run = maker.makeInNewTransaction(schemeId, month);
            progress.done(tenantId, schemeId, month, run.getId(), run.getLineCount());
        } catch (RuntimeException e) {
            BusinessException known = cause(e);
            LOG.log(known == null ? Level.WARNING : Level.INFO, "payment run " + schemeId + " " + month
                    + " failed; nothing was kept", e);
            progress.failed(tenantId, schemeId, month, known == null ? "run.failed" : known.messageKey());
        }
    }

    private static BusinessException cause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BusinessException p) {
                return p;
            }
        }
        return null;
    }
}
