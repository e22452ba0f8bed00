-- Case plans (revisions per child, one current) and the service records of what each child received.
CREATE TABLE cb_case_plan (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id         BIGINT         NOT NULL,
    child_id          BIGINT         NOT NULL,
    revision          INT            NOT NULL,
    is_current        BOOLEAN        NOT NULL,
    needs             VARCHAR(100)   NOT NULL,
    goals             VARCHAR(2000)  NOT NULL,
    planned_services  VARCHAR(300)   NOT NULL,
    review_on         DATE           NOT NULL,
    created_by        VARCHAR(80)    NOT NULL,
    created_at        DATETIME(3)    NOT NULL,
    version           BIGINT         NOT NULL,
    CONSTRAINT uq_case_plan_revision UNIQUE (tenant_id, child_id, revision),
    CONSTRAINT fk_case_plan_tenant FOREIGN KEY (tenant_id) REFERENCES cb_tenant (id),
    CONSTRAINT fk_case_plan_child FOREIGN KEY (child_id) REFERENCES cb_child (id)
);

CREATE TABLE cb_service_record (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id           BIGINT         NOT NULL,
    child_id            BIGINT         NOT NULL,
    service_type        VARCHAR(30)    NOT NULL,
    delivered_on        DATE           NOT NULL,
    duration_minutes    INT            NOT NULL,
    provider_name       VARCHAR(200)   NOT NULL,
    provider_tenant_id  BIGINT         NOT NULL,
    staff               VARCHAR(100)   NOT NULL,
    outcome             VARCHAR(1000),
    notes               VARCHAR(2000),
    recorded_by         VARCHAR(80)    NOT NULL,
    recorded_at         DATETIME(3)    NOT NULL,
    void_reason         VARCHAR(500),
    version             BIGINT         NOT NULL,
    CONSTRAINT fk_service_tenant FOREIGN KEY (tenant_id) REFERENCES cb_tenant (id),
    CONSTRAINT fk_service_child FOREIGN KEY (child_id) REFERENCES cb_child (id),
    CONSTRAINT fk_service_provider FOREIGN KEY (provider_tenant_id) REFERENCES cb_tenant (id)
);
CREATE INDEX ix_service_child ON cb_service_record (tenant_id, child_id, delivered_on);
CREATE INDEX ix_service_type ON cb_service_record (tenant_id, service_type, delivered_on);
