-- Monthly dynamic review (动态管理): one board per district and month, its entries (admission, exit,
-- check) with reason codes, and the month each takes effect.
CREATE TABLE cb_review_board (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id         BIGINT        NOT NULL,
    month_start       DATE          NOT NULL,
    status            VARCHAR(15)   NOT NULL,
    street_signed_by  VARCHAR(80),
    street_signed_at  DATETIME(3),
    confirmed_by      VARCHAR(80),
    confirmed_at      DATETIME(3),
    version           BIGINT        NOT NULL,
    CONSTRAINT uq_review_board_month UNIQUE (tenant_id, month_start),
    CONSTRAINT fk_review_board_tenant FOREIGN KEY (tenant_id) REFERENCES cb_tenant (id)
);

CREATE TABLE cb_review_entry (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id         BIGINT        NOT NULL,
    board_id          BIGINT        NOT NULL,
    child_id          BIGINT        NOT NULL,
    direction         VARCHAR(10)   NOT NULL,
    reason            VARCHAR(30)   NOT NULL,
    detail            VARCHAR(500),
    automatic         BOOLEAN       NOT NULL,
    effective_month   DATE          NOT NULL,
    dismissed_reason  VARCHAR(500),
    proposed_by       VARCHAR(80)   NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT uq_review_entry UNIQUE (board_id, child_id, reason),
    CONSTRAINT fk_review_entry_board FOREIGN KEY (board_id) REFERENCES cb_review_board (id),
    CONSTRAINT fk_review_entry_child FOREIGN KEY (child_id) REFERENCES cb_child (id)
);
CREATE INDEX ix_review_entry_board ON cb_review_entry (tenant_id, board_id, direction);
