-- Guardianship-capacity assessment (监护能力评估): a district's scored questionnaire, kept as data and
-- revised in numbered revisions, and the assessments made with it (history per child).
CREATE TABLE cb_assessment_instrument (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id    BIGINT        NOT NULL,
    revision     INT           NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    low_max      INT           NOT NULL,
    medium_max   INT           NOT NULL,
    active       BOOLEAN       NOT NULL,
    created_by   VARCHAR(80)   NOT NULL,
    created_at   DATETIME(3)   NOT NULL,
    version      BIGINT        NOT NULL,
    CONSTRAINT uq_instrument_revision UNIQUE (tenant_id, revision),
    CONSTRAINT fk_instrument_tenant FOREIGN KEY (tenant_id) REFERENCES cb_tenant (id)
);

CREATE TABLE cb_assessment_item (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id      BIGINT        NOT NULL,
    instrument_id  BIGINT        NOT NULL,
    position       INT           NOT NULL,
    code           VARCHAR(40)   NOT NULL,
    text_zh        VARCHAR(300)  NOT NULL,
    text_en        VARCHAR(300)  NOT NULL,
    weight         INT           NOT NULL,
    max_score      INT           NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT fk_item_instrument FOREIGN KEY (instrument_id) REFERENCES cb_assessment_instrument (id)
);

CREATE TABLE cb_assessment (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id        BIGINT        NOT NULL,
    child_id         BIGINT        NOT NULL,
    instrument_id    BIGINT        NOT NULL,
    answers          VARCHAR(1000) NOT NULL,
    score            INT           NOT NULL,
    risk             VARCHAR(10)   NOT NULL,
    recommendations  VARCHAR(1000),
    reassess_on      DATE          NOT NULL,
    assessed_by      VARCHAR(80)   NOT NULL,
    assessed_at      DATETIME(3)   NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT fk_assessment_child FOREIGN KEY (child_id) REFERENCES cb_child (id),
    CONSTRAINT fk_assessment_instrument FOREIGN KEY (instrument_id) REFERENCES cb_assessment_instrument (id)
);
CREATE INDEX ix_assessment_child ON cb_assessment (tenant_id, child_id);
