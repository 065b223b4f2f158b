-- The province's own report template (.xlsx), loaded once and kept in the (encrypted) register so
-- that it travels with backups. One template per register: loading another replaces it.
CREATE TABLE report_template (
    id         INT           PRIMARY KEY,
    file_name  VARCHAR(255)  NOT NULL,
    content    BLOB          NOT NULL,
    loaded_at  TIMESTAMP     NOT NULL,
    loaded_by  VARCHAR(100)  NOT NULL,
    CONSTRAINT report_template_single CHECK (id = 1)
);
