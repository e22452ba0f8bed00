-- Visits (巡视探访) by a team, with findings and needs, and the follow-up actions they create.
CREATE TABLE cb_visit (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id       BIGINT        NOT NULL,
    child_id        BIGINT        NOT NULL,
    planned_on      DATE          NOT NULL,
    social_worker   VARCHAR(80)   NOT NULL,
    child_director  VARCHAR(80)   NOT NULL,
    volunteer       VARCHAR(80),
    status          VARCHAR(10)   NOT NULL,
    visited_on      DATE,
    findings        VARCHAR(2000),
    needs           VARCHAR(100)  NOT NULL,
    cancel_reason   VARCHAR(500),
    planned_by      VARCHAR(80)   NOT NULL,
    recorded_by     VARCHAR(80),
    recorded_at     DATETIME(3),
    version         BIGINT        NOT NULL,
    CONSTRAINT fk_visit_tenant FOREIGN KEY (tenant_id) REFERENCES cb_tenant (id),
    CONSTRAINT fk_visit_child FOREIGN KEY (child_id) REFERENCES cb_child (id)
);
CREATE INDEX ix_visit_child ON cb_visit (tenant_id, child_id);
CREATE INDEX ix_visit_status_day ON cb_visit (tenant_id, status, planned_on);

CREATE TABLE cb_follow_up_action (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id    BIGINT        NOT NULL,
    visit_id     BIGINT        NOT NULL,
    child_id     BIGINT        NOT NULL,
    need         VARCHAR(20)   NOT NULL,
    description  VARCHAR(500)  NOT NULL,
    owner        VARCHAR(80)   NOT NULL,
    due_on       DATE          NOT NULL,
    status       VARCHAR(10)   NOT NULL,
    done_note    VARCHAR(500),
    done_by      VARCHAR(80),
    done_at      DATETIME(3),
    created_by   VARCHAR(80)   NOT NULL,
    version      BIGINT        NOT NULL,
    CONSTRAINT fk_action_visit FOREIGN KEY (visit_id) REFERENCES cb_visit (id),
    CONSTRAINT fk_action_child FOREIGN KEY (child_id) REFERENCES cb_child (id)
);
CREATE INDEX ix_action_status_due ON cb_follow_up_action (tenant_id, status, due_on);
CREATE INDEX ix_action_owner ON cb_follow_up_action (tenant_id, owner, status);
