-- The text of a tenant's work report (city bureau or district): paragraphs with {{placeholders}} that the
-- portal fills with figures computed from live data; one row per tenant, absent until the text is edited.
CREATE TABLE cb_report_template (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id   BIGINT         NOT NULL,
    version     BIGINT         NOT NULL,
    title       VARCHAR(200)   NOT NULL,
    body        VARCHAR(6000)  NOT NULL,
    updated_by  VARCHAR(80)    NOT NULL,
    updated_at  DATETIME(3)    NOT NULL,
    CONSTRAINT uq_report_template_tenant UNIQUE (tenant_id),
    CONSTRAINT fk_report_template_tenant FOREIGN KEY (tenant_id) REFERENCES cb_tenant (id)
);
