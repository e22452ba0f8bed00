-- Tenancy, accounts, memberships, login throttling, audit trail and organisational units.
-- Common syntax only: the same file runs on H2 (MODE=LEGACY) and MySQL 8 / MariaDB 10.11.

CREATE TABLE cb_tenant (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    code          VARCHAR(40)  NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    name_zh       VARCHAR(200) NOT NULL,
    name_en       VARCHAR(200) NOT NULL,
    region_code   VARCHAR(12)  NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    mfa_roles     VARCHAR(400) NOT NULL,
    created_at    DATETIME(3)  NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT uq_tenant_code UNIQUE (code)
);

CREATE TABLE cb_account (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    username        VARCHAR(80)  NOT NULL,
    display_name    VARCHAR(100) NOT NULL,
    email           VARCHAR(200),
    mobile          VARCHAR(20),
    password_hash   VARCHAR(400) NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    platform_admin  BOOLEAN      NOT NULL,
    totp_secret     VARCHAR(64),
    totp_enabled    BOOLEAN      NOT NULL,
    totp_last_step  BIGINT,
    password_change_required BOOLEAN NOT NULL,
    last_tenant_id  BIGINT,
    locale          VARCHAR(10),
    created_at      DATETIME(3)  NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT uq_account_username UNIQUE (username)
);

CREATE TABLE cb_membership (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT       NOT NULL,
    tenant_id   BIGINT       NOT NULL,
    roles       VARCHAR(400) NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT uq_membership UNIQUE (account_id, tenant_id),
    CONSTRAINT fk_membership_account FOREIGN KEY (account_id) REFERENCES cb_account (id),
    CONSTRAINT fk_membership_tenant FOREIGN KEY (tenant_id) REFERENCES cb_tenant (id)
);

-- One row per failed login, by username (also for unknown usernames), for throttling.
CREATE TABLE cb_login_failure (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    username    VARCHAR(80)  NOT NULL,
    failed_at   DATETIME(3)  NOT NULL,
    source_ip   VARCHAR(64)
);
CREATE INDEX ix_login_failure_user ON cb_login_failure (username, failed_at);

-- Append-only: the application never updates or deletes these rows.
CREATE TABLE cb_audit_event (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at  DATETIME(3)   NOT NULL,
    actor        VARCHAR(80)   NOT NULL,
    tenant_id    BIGINT,
    action       VARCHAR(60)   NOT NULL,
    entity_type  VARCHAR(60),
    entity_id    VARCHAR(60),
    detail       VARCHAR(1000),
    source_ip    VARCHAR(64)
);
CREATE INDEX ix_audit_tenant_time ON cb_audit_event (tenant_id, occurred_at);
CREATE INDEX ix_audit_entity ON cb_audit_event (entity_type, entity_id);

-- Tenant-private: a tenant's own organisational units (street/township offices, community/village
-- child-director posts, teams).
CREATE TABLE cb_org_unit (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id    BIGINT       NOT NULL,
    name         VARCHAR(200) NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    region_code  VARCHAR(12),
    contact      VARCHAR(100),
    created_at   DATETIME(3)  NOT NULL,
    updated_at   DATETIME(3)  NOT NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT fk_org_unit_tenant FOREIGN KEY (tenant_id) REFERENCES cb_tenant (id)
);
CREATE INDEX ix_org_unit_tenant ON cb_org_unit (tenant_id, name);
