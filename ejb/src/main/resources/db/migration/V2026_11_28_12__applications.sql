-- Applications for support: the normal track (submitted → street/township check → district decision)
-- and help-first-confirm-later (support at once, confirmation by a deadline). The reference number
-- is what a family quotes later; it is unique across the platform.
CREATE TABLE cb_application (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id              BIGINT        NOT NULL,
    reference              VARCHAR(20)   NOT NULL,
    child_id               BIGINT        NOT NULL,
    track                  VARCHAR(20)   NOT NULL,
    status                 VARCHAR(20)   NOT NULL,
    reason                 VARCHAR(500)  NOT NULL,
    submitted_by           VARCHAR(80)   NOT NULL,
    submitted_at           DATETIME(3)   NOT NULL,
    checked_by             VARCHAR(80),
    checked_at             DATETIME(3),
    check_note             VARCHAR(500),
    decided_by             VARCHAR(80),
    decided_at             DATETIME(3),
    decision_note          VARCHAR(500),
    confirmation_deadline  DATE,
    fallback_payer         VARCHAR(200),
    version                BIGINT        NOT NULL,
    CONSTRAINT uq_application_reference UNIQUE (reference),
    CONSTRAINT fk_application_tenant FOREIGN KEY (tenant_id) REFERENCES cb_tenant (id),
    CONSTRAINT fk_application_child FOREIGN KEY (child_id) REFERENCES cb_child (id)
);
CREATE INDEX ix_application_tenant_status ON cb_application (tenant_id, status);
CREATE INDEX ix_application_child ON cb_application (tenant_id, child_id);
