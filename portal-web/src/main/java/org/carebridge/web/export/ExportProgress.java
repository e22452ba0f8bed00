package org.carebridge.web.export;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.carebridge.core.persistence.CallContext;

import java.io.Serializable;

/**
 * The background export started from this page view, as its progress bar and download link read it.
 * Holds only the job's id; the job is looked up for the signed-in person each time, so a view never
 * shows someone else's export.
 */
@Named
@ViewScoped
public class ExportProgress implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExportFiles files;

    private String jobId;

    void follow(String id) {
        this.jobId = id;
    }

    public ExportJob getJob() {
        if (jobId == null) {
            return null;
        }
        var user = CallContext.signedInUser();
        var tenant = CallContext.tenantId();
        return user.isEmpty() || tenant.isEmpty() ? null : files.find(jobId, tenant.get(), user.get()).orElse(null);
    }

    public boolean isActive() {
        return getJob() != null;
    }

    public boolean isRunning() {
        ExportJob job = getJob();
        return job != null && job.isRunning();
    }

    /** Forgets the finished job (the link goes; the file expires on its own). */
    public void dismiss() {
        jobId = null;
    }
}
