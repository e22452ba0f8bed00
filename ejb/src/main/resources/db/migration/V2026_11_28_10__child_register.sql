-- The register of children in difficulty (tenant-private to a district) and their guardians and
-- household members. Categories are stored as ",ORPHAN,MIGRANT," so that a category filter is one
-- indexed-free LIKE in SQL; the resident ID is unique inside a district.

CREATE TABLE cb_child (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id         BIGINT       NOT NULL,
    name              VARCHAR(50)  NOT NULL,
    sex               VARCHAR(6)   NOT NULL,
    birth_date        DATE         NOT NULL,
    resident_id       VARCHAR(18),
    hukou_region      VARCHAR(12),
    residence_region  VARCHAR(12)  NOT NULL,
    address           VARCHAR(200),
    categories        VARCHAR(200) NOT NULL,
    care_setting      VARCHAR(20)  NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    exit_reason       VARCHAR(200),
    created_at        DATETIME(3)  NOT NULL,
    updated_at        DATETIME(3)  NOT NULL,
    version           BIGINT       NOT NULL,
    CONSTRAINT uq_child_resident_id UNIQUE (tenant_id, resident_id),
    CONSTRAINT fk_child_tenant FOREIGN KEY (tenant_id) REFERENCES cb_tenant (id)
);
CREATE INDEX ix_child_tenant_name ON cb_child (tenant_id, name);
CREATE INDEX ix_child_tenant_status ON cb_child (tenant_id, status);

CREATE TABLE cb_household_member (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id    BIGINT       NOT NULL,
    child_id     BIGINT       NOT NULL,
    name         VARCHAR(50)  NOT NULL,
    relation     VARCHAR(30)  NOT NULL,
    guardian     BOOLEAN      NOT NULL,
    mobile       VARCHAR(20),
    created_at   DATETIME(3)  NOT NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT fk_household_child FOREIGN KEY (child_id) REFERENCES cb_child (id)
);
CREATE INDEX ix_household_child ON cb_household_member (tenant_id, child_id);
