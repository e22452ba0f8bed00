package org.carebridge.funding.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.carebridge.core.error.ValidationException;

import java.time.Instant;

/** One numbered revision of a project's contract: when, by whom, why, and what changed (never edited). */
@Entity
@Table(name = "cb_project_amendment")
public class ProjectAmendment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(nullable = false)
    private int revision;

    @Column(name = "amended_at", nullable = false)
    private Instant amendedAt;

    @Column(name = "amended_by", nullable = false, length = 80)
    private String amendedBy;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(nullable = false, length = 2000)
    private String changes;

    protected ProjectAmendment() {
    }

    public ProjectAmendment(long projectId, int revision, String amendedBy, String reason, String changes, Instant at) {
        this.projectId = projectId;
        this.revision = revision;
        this.amendedBy = amendedBy;
        this.reason = requireReason(reason);
        this.changes = changes.length() > 2000 ? changes.substring(0, 1999) + "…" : changes;
        this.amendedAt = at;
    }

    public static String requireReason(String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw new ValidationException("project.amendReason.required");
        }
        return reason.strip();
    }

    public long getProjectId() {
        return projectId;
    }

    public int getRevision() {
        return revision;
    }

    public Instant getAmendedAt() {
        return amendedAt;
    }

    public String getAmendedBy() {
        return amendedBy;
    }

    public String getReason() {
        return reason;
    }

    public String getChanges() {
        return changes;
    }
}
