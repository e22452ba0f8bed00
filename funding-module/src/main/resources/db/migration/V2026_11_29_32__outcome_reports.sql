-- Outcome reports of service projects: periodic reports from the provider and co-funding
-- foundations, and the provider's final report whose acceptance (验收) records the joint score that
-- becomes the provider's performance history. Indicator values computed from service records and
-- enrolments are kept as submitted (JSON), reported KPI values as rows.
CREATE TABLE cb_outcome_report (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT         NOT NULL,
    project_id         BIGINT         NOT NULL,
    author_tenant_id   BIGINT         NOT NULL,
    kind               VARCHAR(10)    NOT NULL,
    period_from        DATE           NOT NULL,
    period_to          DATE           NOT NULL,
    narrative          VARCHAR(4000)  NOT NULL,
    evidence           VARCHAR(1000),
    indicators         VARCHAR(8000)  NOT NULL,
    status             VARCHAR(10)    NOT NULL,
    submitted_by       VARCHAR(80)    NOT NULL,
    submitted_at       DATETIME(3)    NOT NULL,
    self_score         DECIMAL(5,2),
    district_score     DECIMAL(5,2),
    third_party_score  DECIMAL(5,2),
    third_party_name   VARCHAR(200),
    joint_score        DECIMAL(5,2),
    reviewed_by        VARCHAR(80),
    reviewed_at        DATETIME(3),
    review_note        VARCHAR(1000),
    CONSTRAINT fk_report_project FOREIGN KEY (project_id) REFERENCES cb_project (id),
    CONSTRAINT fk_report_author FOREIGN KEY (author_tenant_id) REFERENCES cb_tenant (id)
);
CREATE INDEX ix_report_project ON cb_outcome_report (project_id, status);

CREATE TABLE cb_outcome_value (
    report_id  BIGINT         NOT NULL,
    position   INT            NOT NULL,
    kpi_name   VARCHAR(100)   NOT NULL,
    kpi_value  DECIMAL(12,2)  NOT NULL,
    CONSTRAINT pk_outcome_value PRIMARY KEY (report_id, position),
    CONSTRAINT fk_value_report FOREIGN KEY (report_id) REFERENCES cb_outcome_report (id)
);
