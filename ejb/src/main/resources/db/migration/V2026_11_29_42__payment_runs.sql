-- Monthly payment runs of an allowance scheme: one run per scheme and month (running it again adds
-- nothing), one line per child and month paid — the month itself, and back-pay for earlier months
-- paid below a rate adopted later — with the data the amount was computed from frozen on the line.
-- The run is approved as a batch (one ledger entry: Dr expense, Cr the run's payable) and paid with
-- the bank's reference (Dr the run's payable, Cr the fund). Tenant-private.
CREATE TABLE cb_payment_run (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id          BIGINT         NOT NULL,
    version            BIGINT         NOT NULL,
    scheme_id          BIGINT         NOT NULL,
    run_month          DATE           NOT NULL,
    status             VARCHAR(10)    NOT NULL,
    line_count         INT            NOT NULL,
    total              DECIMAL(19,2)  NOT NULL,
    held               INT            NOT NULL,
    created_by         VARCHAR(80)    NOT NULL,
    created_at         DATETIME(3)    NOT NULL,
    approved_by        VARCHAR(80),
    approved_at        DATETIME(3),
    approval_entry_id  BIGINT,
    bank_reference     VARCHAR(60),
    paid_at            DATETIME(3),
    payment_entry_id   BIGINT,
    CONSTRAINT uq_payment_run UNIQUE (tenant_id, scheme_id, run_month),
    CONSTRAINT fk_payment_run_tenant FOREIGN KEY (tenant_id) REFERENCES cb_tenant (id),
    CONSTRAINT fk_payment_run_scheme FOREIGN KEY (scheme_id) REFERENCES cb_allowance_scheme (id)
);

CREATE TABLE cb_payment_line (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id   BIGINT         NOT NULL,
    version     BIGINT         NOT NULL,
    run_id      BIGINT         NOT NULL,
    scheme_id   BIGINT         NOT NULL,
    child_id    BIGINT         NOT NULL,
    for_month   DATE           NOT NULL,
    kind        VARCHAR(8)     NOT NULL,
    payee_name  VARCHAR(200)   NOT NULL,
    amount      DECIMAL(19,2)  NOT NULL,
    snapshot    VARCHAR(500)   NOT NULL,
    CONSTRAINT uq_payment_line UNIQUE (run_id, child_id, for_month),
    CONSTRAINT fk_payment_line_tenant FOREIGN KEY (tenant_id) REFERENCES cb_tenant (id),
    CONSTRAINT fk_payment_line_run FOREIGN KEY (run_id) REFERENCES cb_payment_run (id),
    CONSTRAINT fk_payment_line_child FOREIGN KEY (child_id) REFERENCES cb_child (id)
);
CREATE INDEX ix_payment_line_child ON cb_payment_line (tenant_id, child_id, for_month);
CREATE INDEX ix_payment_line_scheme ON cb_payment_line (tenant_id, scheme_id, for_month);
