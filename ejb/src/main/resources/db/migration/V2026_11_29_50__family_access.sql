-- Families checking a child's status without a staff login. A challenge is one six-digit code sent to
-- the guardian's mobile on file for one child: only a keyed hash of the code is kept, with when it was
-- issued, the tries made (at most five) and when it was used (once). A change report is what a family
-- tells the district through the status page: a task for the district, never an edit of the record.
-- Tenant-private (the child's district).
CREATE TABLE cb_family_challenge (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id   BIGINT       NOT NULL,
    version     BIGINT       NOT NULL,
    child_id    BIGINT       NOT NULL,
    code_hash   CHAR(64)     NOT NULL,
    issued_at   DATETIME(3)  NOT NULL,
    tries       INT          NOT NULL,
    used_at     DATETIME(3),
    client_ip   VARCHAR(64),
    CONSTRAINT fk_family_challenge_tenant FOREIGN KEY (tenant_id) REFERENCES cb_tenant (id),
    CONSTRAINT fk_family_challenge_child FOREIGN KEY (child_id) REFERENCES cb_child (id)
);
CREATE INDEX ix_family_challenge_child ON cb_family_challenge (tenant_id, child_id, issued_at);

CREATE TABLE cb_family_report (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id    BIGINT         NOT NULL,
    version      BIGINT         NOT NULL,
    child_id     BIGINT         NOT NULL,
    what         VARCHAR(20)    NOT NULL,
    detail       VARCHAR(500)   NOT NULL,
    reported_at  DATETIME(3)    NOT NULL,
    status       VARCHAR(10)    NOT NULL,
    handled_by   VARCHAR(80),
    handled_at   DATETIME(3),
    CONSTRAINT fk_family_report_tenant FOREIGN KEY (tenant_id) REFERENCES cb_tenant (id),
    CONSTRAINT fk_family_report_child FOREIGN KEY (child_id) REFERENCES cb_child (id)
);
CREATE INDEX ix_family_report_open ON cb_family_report (tenant_id, status, reported_at);
