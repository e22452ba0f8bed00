-- Active discovery (主动发现): leads about children who may qualify, recorded in the field or
-- imported from other departments' data, followed up until they become a register entry or close.
CREATE TABLE cb_lead (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id      BIGINT       NOT NULL,
    child_name     VARCHAR(50)  NOT NULL,
    resident_id    VARCHAR(18),
    found_at       VARCHAR(200) NOT NULL,
    region_code    VARCHAR(12),
    source         VARCHAR(20)  NOT NULL,
    categories     VARCHAR(200) NOT NULL,
    note           VARCHAR(500),
    reported_by    VARCHAR(80)  NOT NULL,
    assignee       VARCHAR(80),
    status         VARCHAR(20)  NOT NULL,
    close_reason   VARCHAR(200),
    child_id       BIGINT,
    created_at     DATETIME(3)  NOT NULL,
    updated_at     DATETIME(3)  NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT fk_lead_tenant FOREIGN KEY (tenant_id) REFERENCES cb_tenant (id)
);
CREATE INDEX ix_lead_tenant_status ON cb_lead (tenant_id, status);
