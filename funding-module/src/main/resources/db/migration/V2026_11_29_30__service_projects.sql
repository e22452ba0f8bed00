-- Service projects (the contract of a purchase or a foundation's own project): a collaboration row
-- owned by the purchaser (a district, or a foundation for its own project), delivered by a provider in
-- one district's register, co-funded by foundations with their shares. Participants are decided by
-- ProjectAccess. Contract amendments are numbered revisions with their changes kept.
CREATE TABLE cb_project (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT         NOT NULL,
    owner_tenant_id     BIGINT         NOT NULL,
    district_tenant_id  BIGINT         NOT NULL,
    provider_tenant_id  BIGINT         NOT NULL,
    tender_id           BIGINT,
    bid_id              BIGINT,
    title               VARCHAR(200)   NOT NULL,
    service_type        VARCHAR(30)    NOT NULL,
    description         VARCHAR(4000)  NOT NULL,
    amount              DECIMAL(19,2)  NOT NULL,
    period_start        DATE           NOT NULL,
    period_end          DATE           NOT NULL,
    status              VARCHAR(10)    NOT NULL,
    revision            INT            NOT NULL,
    created_by          VARCHAR(80)    NOT NULL,
    created_at          DATETIME(3)    NOT NULL,
    ended_on            DATE,
    end_reason          VARCHAR(500),
    successor_id        BIGINT,
    CONSTRAINT fk_project_owner FOREIGN KEY (owner_tenant_id) REFERENCES cb_tenant (id),
    CONSTRAINT fk_project_district FOREIGN KEY (district_tenant_id) REFERENCES cb_tenant (id),
    CONSTRAINT fk_project_provider FOREIGN KEY (provider_tenant_id) REFERENCES cb_tenant (id),
    CONSTRAINT fk_project_tender FOREIGN KEY (tender_id) REFERENCES cb_tender (id),
    CONSTRAINT uq_project_tender UNIQUE (tender_id)
);
CREATE INDEX ix_project_owner ON cb_project (owner_tenant_id, status);
CREATE INDEX ix_project_provider ON cb_project (provider_tenant_id, status);
CREATE INDEX ix_project_district ON cb_project (district_tenant_id, status);

CREATE TABLE cb_project_funder (
    project_id        BIGINT         NOT NULL,
    position          INT            NOT NULL,
    funder_tenant_id  BIGINT         NOT NULL,
    share             DECIMAL(19,2)  NOT NULL,
    CONSTRAINT pk_project_funder PRIMARY KEY (project_id, position),
    CONSTRAINT fk_funder_project FOREIGN KEY (project_id) REFERENCES cb_project (id),
    CONSTRAINT fk_funder_tenant FOREIGN KEY (funder_tenant_id) REFERENCES cb_tenant (id)
);
CREATE INDEX ix_project_funder_tenant ON cb_project_funder (funder_tenant_id);

CREATE TABLE cb_project_kpi (
    project_id  BIGINT         NOT NULL,
    position    INT            NOT NULL,
    name        VARCHAR(100)   NOT NULL,
    measure     VARCHAR(20)    NOT NULL,
    baseline    DECIMAL(12,2)  NOT NULL,
    target      DECIMAL(12,2)  NOT NULL,
    CONSTRAINT pk_project_kpi PRIMARY KEY (project_id, position),
    CONSTRAINT fk_kpi_project FOREIGN KEY (project_id) REFERENCES cb_project (id)
);

CREATE TABLE cb_project_milestone (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT         NOT NULL,
    project_id         BIGINT         NOT NULL,
    position           INT            NOT NULL,
    deliverable        VARCHAR(500)   NOT NULL,
    due_on             DATE           NOT NULL,
    amount             DECIMAL(19,2)  NOT NULL,
    evidence_required  VARCHAR(500)   NOT NULL,
    status             VARCHAR(10)    NOT NULL,
    submitted_by       VARCHAR(80),
    submitted_at       DATETIME(3),
    submission_note    VARCHAR(2000),
    progress           VARCHAR(2000),
    reviewed_by        VARCHAR(80),
    reviewed_at        DATETIME(3),
    review_note        VARCHAR(1000),
    accepted_amount    DECIMAL(19,2),
    CONSTRAINT uq_milestone_position UNIQUE (project_id, position),
    CONSTRAINT fk_milestone_project FOREIGN KEY (project_id) REFERENCES cb_project (id)
);

CREATE TABLE cb_project_amendment (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id  BIGINT         NOT NULL,
    revision    INT            NOT NULL,
    amended_at  DATETIME(3)    NOT NULL,
    amended_by  VARCHAR(80)    NOT NULL,
    reason      VARCHAR(500)   NOT NULL,
    changes     VARCHAR(2000)  NOT NULL,
    CONSTRAINT uq_project_revision UNIQUE (project_id, revision),
    CONSTRAINT fk_project_amendment FOREIGN KEY (project_id) REFERENCES cb_project (id)
);
