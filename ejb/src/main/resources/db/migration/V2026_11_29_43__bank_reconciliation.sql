-- Bank reconciliation of paid payment runs. Each payment line now carries what the bank said of it:
-- PENDING until a result file is imported, CONFIRMED, FAILED (the money came back to the fund and the
-- line is payable again, with the bank's reason) or REPAID (paid again with a new bank reference).
-- Each imported result file is kept once per run (by its SHA-256), with its rows: matched, failed or
-- unmatched (unknown reference, amount differs, repeated row). Tenant-private.
ALTER TABLE cb_payment_line ADD COLUMN bank_status VARCHAR(10) DEFAULT 'PENDING' NOT NULL;
ALTER TABLE cb_payment_line ADD COLUMN bank_reason VARCHAR(200);
ALTER TABLE cb_payment_line ADD COLUMN repay_reference VARCHAR(60);
ALTER TABLE cb_payment_line ADD COLUMN settled_at DATETIME(3);
ALTER TABLE cb_payment_line ADD COLUMN return_entry_id BIGINT;
ALTER TABLE cb_payment_line ADD COLUMN repay_entry_id BIGINT;

CREATE TABLE cb_bank_reconciliation (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id    BIGINT       NOT NULL,
    version      BIGINT       NOT NULL,
    run_id       BIGINT       NOT NULL,
    file_sha256  CHAR(64)     NOT NULL,
    file_name    VARCHAR(200),
    imported_by  VARCHAR(80)  NOT NULL,
    imported_at  DATETIME(3)  NOT NULL,
    row_count    INT          NOT NULL,
    matched      INT          NOT NULL,
    failed       INT          NOT NULL,
    unmatched    INT          NOT NULL,
    CONSTRAINT uq_bank_reconciliation UNIQUE (tenant_id, run_id, file_sha256),
    CONSTRAINT fk_bank_reconciliation_tenant FOREIGN KEY (tenant_id) REFERENCES cb_tenant (id),
    CONSTRAINT fk_bank_reconciliation_run FOREIGN KEY (run_id) REFERENCES cb_payment_run (id)
);

CREATE TABLE cb_bank_result_row (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id          BIGINT         NOT NULL,
    version            BIGINT         NOT NULL,
    reconciliation_id  BIGINT         NOT NULL,
    row_no             INT            NOT NULL,
    reference          VARCHAR(60),
    amount             DECIMAL(19,2),
    outcome            VARCHAR(10)    NOT NULL,
    reason             VARCHAR(200),
    line_id            BIGINT,
    CONSTRAINT fk_bank_result_row_tenant FOREIGN KEY (tenant_id) REFERENCES cb_tenant (id),
    CONSTRAINT fk_bank_result_row_reconciliation FOREIGN KEY (reconciliation_id) REFERENCES cb_bank_reconciliation (id)
);
CREATE INDEX ix_bank_result_row ON cb_bank_result_row (tenant_id, reconciliation_id, row_no);
