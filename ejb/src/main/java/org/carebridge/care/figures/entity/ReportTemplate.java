package org.carebridge.care.figures.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.TenantOwned;

import java.time.Instant;

/** A tenant's own text of the work report; the figures in it are placeholders, never typed numbers. */
@Entity
@Table(name = "cb_report_template")
public class ReportTemplate extends TenantOwned {

    public static final int TITLE_LENGTH = 200;
    public static final int BODY_LENGTH = 6000;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(nullable = false, length = BODY_LENGTH)
    private String body;

    @Column(name = "updated_by", nullable = false, length = 80)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ReportTemplate() {
    }

    public ReportTemplate(String title, String body, String by, Instant now) {
        change(title, body, by, now);
    }

    public final void change(String title, String body, String by, Instant now) {
        String t = title == null ? "" : title.strip();
        String b = body == null ? "" : body.strip();
        if (t.isEmpty() || t.length() > TITLE_LENGTH) {
            throw new ValidationException("report.template.title.length", TITLE_LENGTH);
        }
        if (b.isEmpty() || b.length() > BODY_LENGTH) {
            throw new ValidationException("report.template.body.length", BODY_LENGTH);
        }
        this.title = t;
        this.body = b;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
