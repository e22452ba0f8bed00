-- Government purchase of services: tenders (collaboration rows owned by a district, seen by
-- service organisations and foundations once published), their criteria and amendment history,
-- and sealed bids. Visibility is decided in one place (TenderAccess), not by tenant filtering.
CREATE TABLE cb_tender (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT         NOT NULL,
    owner_tenant_id     BIGINT         NOT NULL,
    title               VARCHAR(200)   NOT NULL,
    service_type        VARCHAR(30)    NOT NULL,
    description         VARCHAR(4000)  NOT NULL,
    target_groups       VARCHAR(500),
    children_target     INT            NOT NULL,
    area                VARCHAR(12),
    budget_ceiling      DECIMAL(19,2)  NOT NULL,
    period_start        DATE           NOT NULL,
    period_end          DATE           NOT NULL,
    kpis                VARCHAR(2000),
    required_documents  VARCHAR(1000),
    bid_deadline        DATETIME(3)    NOT NULL,
    status              VARCHAR(15)    NOT NULL,
    cancel_reason       VARCHAR(500),
    created_by          VARCHAR(80)    NOT NULL,
    published_at        DATETIME(3),
    CONSTRAINT fk_tender_owner FOREIGN KEY (owner_tenant_id) REFERENCES cb_tenant (id)
);
CREATE INDEX ix_tender_owner ON cb_tender (owner_tenant_id, status);
CREATE INDEX ix_tender_status ON cb_tender (status);

CREATE TABLE cb_tender_criterion (
    tender_id  BIGINT        NOT NULL,
    position   INT           NOT NULL,
    name       VARCHAR(100)  NOT NULL,
    weight     INT           NOT NULL,
    CONSTRAINT pk_tender_criterion PRIMARY KEY (tender_id, position),
    CONSTRAINT fk_criterion_tender FOREIGN KEY (tender_id) REFERENCES cb_tender (id)
);

CREATE TABLE cb_tender_amendment (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    tender_id   BIGINT         NOT NULL,
    amended_at  DATETIME(3)    NOT NULL,
    amended_by  VARCHAR(80)    NOT NULL,
    reason      VARCHAR(500)   NOT NULL,
    changes     VARCHAR(1000)  NOT NULL,
    CONSTRAINT fk_amendment_tender FOREIGN KEY (tender_id) REFERENCES cb_tender (id)
);

CREATE TABLE cb_bid (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT         NOT NULL,
    tender_id         BIGINT         NOT NULL,
    bidder_tenant_id  BIGINT         NOT NULL,
    price             DECIMAL(19,2)  NOT NULL,
    proposal          VARCHAR(4000)  NOT NULL,
    team              VARCHAR(1000),
    plan              VARCHAR(2000),
    status            VARCHAR(10)    NOT NULL,
    submitted_by      VARCHAR(80)    NOT NULL,
    submitted_at      DATETIME(3)    NOT NULL,
    CONSTRAINT fk_bid_tender FOREIGN KEY (tender_id) REFERENCES cb_tender (id),
    CONSTRAINT fk_bid_bidder FOREIGN KEY (bidder_tenant_id) REFERENCES cb_tenant (id)
);
CREATE INDEX ix_bid_tender ON cb_bid (tender_id, status);
CREATE INDEX ix_bid_bidder ON cb_bid (bidder_tenant_id, tender_id);
