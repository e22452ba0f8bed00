-- Money: a tenant's funds, its double-entry ledger and its disbursements (all tenant-private).
-- Every movement is one journal entry whose postings sum to zero; entries are never changed (a
-- correction is a reversing entry, at most one per entry); each entry has a key unique in its
-- tenant, so that the same request never posts twice. Account balances are a projection of the
-- postings, kept under row locks and checked against the journal by a rebuild.
CREATE TABLE cb_ledger_account (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id  BIGINT         NOT NULL,
    version    BIGINT         NOT NULL,
    code       VARCHAR(80)    NOT NULL,
    name       VARCHAR(200)   NOT NULL,
    kind       VARCHAR(12)    NOT NULL,
    balance    DECIMAL(19,2)  NOT NULL,
    CONSTRAINT uq_ledger_account_code UNIQUE (tenant_id, code),
    CONSTRAINT fk_ledger_account_tenant FOREIGN KEY (tenant_id) REFERENCES cb_tenant (id)
);

CREATE TABLE cb_journal_entry (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id        BIGINT        NOT NULL,
    version          BIGINT        NOT NULL,
    idempotency_key  VARCHAR(120)  NOT NULL,
    kind             VARCHAR(12)   NOT NULL,
    memo             VARCHAR(500)  NOT NULL,
    source           VARCHAR(60),
    reverses_id      BIGINT,
    created_by       VARCHAR(80)   NOT NULL,
    created_at       DATETIME(3)   NOT NULL,
    CONSTRAINT uq_journal_key UNIQUE (tenant_id, idempotency_key),
    CONSTRAINT uq_journal_reversal UNIQUE (tenant_id, reverses_id),
    CONSTRAINT fk_journal_tenant FOREIGN KEY (tenant_id) REFERENCES cb_tenant (id),
    CONSTRAINT fk_journal_reverses FOREIGN KEY (reverses_id) REFERENCES cb_journal_entry (id)
);
CREATE INDEX ix_journal_created ON cb_journal_entry (tenant_id, id);

CREATE TABLE cb_posting (
    entry_id    BIGINT         NOT NULL,
    position    INT            NOT NULL,
    account_id  BIGINT         NOT NULL,
    amount      DECIMAL(19,2)  NOT NULL,
    CONSTRAINT pk_posting PRIMARY KEY (entry_id, position),
    CONSTRAINT fk_posting_entry FOREIGN KEY (entry_id) REFERENCES cb_journal_entry (id),
    CONSTRAINT fk_posting_account FOREIGN KEY (account_id) REFERENCES cb_ledger_account (id)
);
CREATE INDEX ix_posting_account ON cb_posting (account_id);

CREATE TABLE cb_fund (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id          BIGINT        NOT NULL,
    version            BIGINT        NOT NULL,
    name               VARCHAR(200)  NOT NULL,
    kind               VARCHAR(15)   NOT NULL,
    fiscal_year        INT,
    account_id         BIGINT        NOT NULL,
    source_account_id  BIGINT        NOT NULL,
    created_by         VARCHAR(80)   NOT NULL,
    created_at         DATETIME(3)   NOT NULL,
    CONSTRAINT uq_fund_name UNIQUE (tenant_id, name),
    CONSTRAINT fk_fund_tenant FOREIGN KEY (tenant_id) REFERENCES cb_tenant (id),
    CONSTRAINT fk_fund_account FOREIGN KEY (account_id) REFERENCES cb_ledger_account (id),
    CONSTRAINT fk_fund_source FOREIGN KEY (source_account_id) REFERENCES cb_ledger_account (id)
);

CREATE TABLE cb_disbursement (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id           BIGINT         NOT NULL,
    version             BIGINT         NOT NULL,
    idempotency_key     VARCHAR(120)   NOT NULL,
    request_hash        VARCHAR(64)    NOT NULL,
    payee_name          VARCHAR(200)   NOT NULL,
    payee_tenant_id     BIGINT,
    payee_bank_account  VARCHAR(40),
    amount              DECIMAL(19,2)  NOT NULL,
    purpose             VARCHAR(20)    NOT NULL,
    note                VARCHAR(500),
    fund_id             BIGINT         NOT NULL,
    milestone_id        BIGINT,
    status              VARCHAR(16)    NOT NULL,
    approvals_required  INT            NOT NULL,
    submitted_by        VARCHAR(80)    NOT NULL,
    submitted_at        DATETIME(3)    NOT NULL,
    first_approver      VARCHAR(80),
    first_approved_at   DATETIME(3),
    second_approver     VARCHAR(80),
    second_approved_at  DATETIME(3),
    decided_by          VARCHAR(80),
    reason              VARCHAR(500),
    bank_reference      VARCHAR(60),
    paid_at             DATETIME(3),
    approval_entry_id   BIGINT,
    payment_entry_id    BIGINT,
    CONSTRAINT uq_disbursement_key UNIQUE (tenant_id, idempotency_key),
    CONSTRAINT uq_disbursement_milestone UNIQUE (tenant_id, milestone_id),
    CONSTRAINT fk_disbursement_tenant FOREIGN KEY (tenant_id) REFERENCES cb_tenant (id),
    CONSTRAINT fk_disbursement_fund FOREIGN KEY (fund_id) REFERENCES cb_fund (id),
    CONSTRAINT fk_disbursement_milestone FOREIGN KEY (milestone_id) REFERENCES cb_project_milestone (id)
);
CREATE INDEX ix_disbursement_status ON cb_disbursement (tenant_id, status);

CREATE TABLE cb_money_setting (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id              BIGINT         NOT NULL,
    version                BIGINT         NOT NULL,
    second_approval_above  DECIMAL(19,2)  NOT NULL,
    CONSTRAINT uq_money_setting UNIQUE (tenant_id),
    CONSTRAINT fk_money_setting_tenant FOREIGN KEY (tenant_id) REFERENCES cb_tenant (id)
);
