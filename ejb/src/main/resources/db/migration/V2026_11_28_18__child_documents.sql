-- A child's documents: the description here, the bytes in the document store (outside the web
-- application) under storage_key; a removed document keeps its row, its file is deleted.
CREATE TABLE cb_child_document (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id       BIGINT        NOT NULL,
    child_id        BIGINT        NOT NULL,
    kind            VARCHAR(30)   NOT NULL,
    file_name       VARCHAR(100)  NOT NULL,
    file_type       VARCHAR(10)   NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    sha256          VARCHAR(64)   NOT NULL,
    storage_key     VARCHAR(36)   NOT NULL,
    uploaded_by     VARCHAR(80)   NOT NULL,
    uploaded_at     DATETIME(3)   NOT NULL,
    removed_reason  VARCHAR(200),
    version         BIGINT        NOT NULL,
    CONSTRAINT uq_document_storage_key UNIQUE (storage_key),
    CONSTRAINT fk_document_tenant FOREIGN KEY (tenant_id) REFERENCES cb_tenant (id),
    CONSTRAINT fk_document_child FOREIGN KEY (child_id) REFERENCES cb_child (id)
);
CREATE INDEX ix_document_child ON cb_child_document (tenant_id, child_id);
