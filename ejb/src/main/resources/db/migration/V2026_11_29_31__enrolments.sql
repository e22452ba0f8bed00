-- Children enrolled in a service project: a platform row between the district (whose register the
-- child is in) and the provider. The grant columns are the purpose-bound view the provider has while
-- the enrolment is open and the project runs; service records name the project they were given under.
CREATE TABLE cb_enrolment (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT        NOT NULL,
    project_id          BIGINT        NOT NULL,
    district_tenant_id  BIGINT        NOT NULL,
    provider_tenant_id  BIGINT        NOT NULL,
    child_id            BIGINT        NOT NULL,
    status              VARCHAR(12)   NOT NULL,
    enrolled_on         DATE          NOT NULL,
    enrolled_by         VARCHAR(80)   NOT NULL,
    ended_on            DATE,
    end_reason          VARCHAR(500),
    moved_to_id         BIGINT,
    child_name          VARCHAR(50)   NOT NULL,
    child_sex           VARCHAR(6)    NOT NULL,
    birth_month         VARCHAR(7)    NOT NULL,
    categories          VARCHAR(200)  NOT NULL,
    resident_id_masked  VARCHAR(18),
    needs               VARCHAR(200),
    CONSTRAINT fk_enrolment_project FOREIGN KEY (project_id) REFERENCES cb_project (id),
    CONSTRAINT fk_enrolment_district FOREIGN KEY (district_tenant_id) REFERENCES cb_tenant (id),
    CONSTRAINT fk_enrolment_provider FOREIGN KEY (provider_tenant_id) REFERENCES cb_tenant (id),
    CONSTRAINT fk_enrolment_child FOREIGN KEY (child_id) REFERENCES cb_child (id)
);
CREATE INDEX ix_enrolment_project ON cb_enrolment (project_id, status);
CREATE INDEX ix_enrolment_child ON cb_enrolment (district_tenant_id, child_id);

ALTER TABLE cb_service_record ADD COLUMN project_id BIGINT;
CREATE INDEX ix_service_project ON cb_service_record (project_id);
