-- Referrals between tenants: a platform table (not tenant-filtered) read only through the sending or
-- the receiving tenant; the grant columns are the snapshot the receiver may see while it is open.
CREATE TABLE cb_referral (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT        NOT NULL,
    from_tenant_id      BIGINT        NOT NULL,
    to_tenant_id        BIGINT        NOT NULL,
    child_id            BIGINT        NOT NULL,
    service_type        VARCHAR(30)   NOT NULL,
    reason              VARCHAR(500)  NOT NULL,
    basis               VARCHAR(20)   NOT NULL,
    basis_detail        VARCHAR(500)  NOT NULL,
    consent_on          DATE,
    status              VARCHAR(10)   NOT NULL,
    child_name          VARCHAR(50)   NOT NULL,
    child_sex           VARCHAR(6)    NOT NULL,
    birth_month         VARCHAR(7)    NOT NULL,
    categories          VARCHAR(200)  NOT NULL,
    resident_id_masked  VARCHAR(18),
    residence_region    VARCHAR(12)   NOT NULL,
    guardian_name       VARCHAR(50),
    guardian_mobile     VARCHAR(20),
    sent_by             VARCHAR(80)   NOT NULL,
    sent_at             DATETIME(3)   NOT NULL,
    answered_by         VARCHAR(80),
    answered_at         DATETIME(3),
    answer_note         VARCHAR(500),
    closed_by           VARCHAR(80),
    closed_at           DATETIME(3),
    close_note          VARCHAR(500),
    CONSTRAINT fk_referral_from FOREIGN KEY (from_tenant_id) REFERENCES cb_tenant (id),
    CONSTRAINT fk_referral_to FOREIGN KEY (to_tenant_id) REFERENCES cb_tenant (id),
    CONSTRAINT fk_referral_child FOREIGN KEY (child_id) REFERENCES cb_child (id)
);
CREATE INDEX ix_referral_from ON cb_referral (from_tenant_id, child_id);
CREATE INDEX ix_referral_to ON cb_referral (to_tenant_id, status);
