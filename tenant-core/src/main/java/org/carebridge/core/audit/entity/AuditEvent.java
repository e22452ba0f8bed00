package org.carebridge.core.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * Who did what to which record, in which tenant, when and from where. Append-only: the entity has no
 * setters and refuses updates and deletes.
 */
@Entity
@Table(name = "cb_audit_event")
public class AuditEvent {

    public static final int DETAIL_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 80, updatable = false)
    private String actor;

    @Column(name = "tenant_id", updatable = false)
    private Long tenantId;

    @Column(nullable = false, length = 60, updatable = false)
    private String action;

    @Column(name = "entity_type", length = 60, updatable = false)
    private String entityType;

    @Column(name = "entity_id", length = 60, updatable = false)
    private String entityId;

    @Column(length = DETAIL_LENGTH, updatable = false)
    private String detail;

    @Column(name = "source_ip", length = 64, updatable = false)
    private String sourceIp;

    protected AuditEvent() {
    }

    public AuditEvent(String actor, Long tenantId, String action, String entityType, String entityId, String detail,
                      String sourceIp) {
        this.occurredAt = Instant.now();
        this.actor = actor;
        this.tenantId = tenantId;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.detail = detail == null || detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH);
        this.sourceIp = sourceIp;
    }

    @PreUpdate
    @PreRemove
    void refuseChange() {
        throw new IllegalStateException("Audit events are append-only");
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public Long getTenantId() {
        return tenantId;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getDetail() {
        return detail;
    }

    public String getSourceIp() {
        return sourceIp;
    }
}
