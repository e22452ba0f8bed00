-- Allowance schemes of a tenant (who is eligible, how often, to whom, from which fund) and their
-- dated rates: a rate is proposed (typed, or by the natural-growth rule from two years' published
-- growth figures) and adopted by an approver other than the proposer; the rate of a month is the
-- latest adopted rate in effect then. Tenant-private.
CREATE TABLE cb_allowance_scheme (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id   BIGINT        NOT NULL,
    version     BIGINT        NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    categories  VARCHAR(200)  NOT NULL,
    frequency   VARCHAR(10)   NOT NULL,
    payee_kind  VARCHAR(12)   NOT NULL,
    fund_id     BIGINT        NOT NULL,
    purpose     VARCHAR(20)   NOT NULL,
    created_by  VARCHAR(80)   NOT NULL,
    created_at  DATETIME(3)   NOT NULL,
    CONSTRAINT uq_scheme_name UNIQUE (tenant_id, name),
    CONSTRAINT fk_scheme_tenant FOREIGN KEY (tenant_id) REFERENCES cb_tenant (id),
    CONSTRAINT fk_scheme_fund FOREIGN KEY (fund_id) REFERENCES cb_fund (id)
);

CREATE TABLE cb_scheme_rate (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id       BIGINT         NOT NULL,
    version         BIGINT         NOT NULL,
    scheme_id       BIGINT         NOT NULL,
    effective_from  DATE           NOT NULL,
    amount          DECIMAL(19,2)  NOT NULL,
    basis           VARCHAR(500)   NOT NULL,
    status          VARCHAR(10)    NOT NULL,
    proposed_by     VARCHAR(80)    NOT NULL,
    proposed_at     DATETIME(3)    NOT NULL,
    decided_by      VARCHAR(80),
    decided_at      DATETIME(3),
    CONSTRAINT fk_rate_tenant FOREIGN KEY (tenant_id) REFERENCES cb_tenant (id),
    CONSTRAINT fk_rate_scheme FOREIGN KEY (scheme_id) REFERENCES cb_allowance_scheme (id)
);
CREATE INDEX ix_rate_scheme ON cb_scheme_rate (tenant_id, scheme_id, effective_from);
