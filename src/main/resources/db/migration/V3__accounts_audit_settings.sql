-- Local accounts. Passwords live only in the key ring (slow salted PBKDF2 + AES-GCM wrap).
CREATE TABLE account (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_name  VARCHAR(200) NOT NULL UNIQUE,
    role       VARCHAR(20)  NOT NULL,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at TIMESTAMP    NOT NULL
);
-- The officer who set up an existing register becomes its first administrator.
INSERT INTO account (user_name, role, created_at) SELECT officer_name, 'quan_tri', created_at FROM register_info;

CREATE TABLE setting (
    name  VARCHAR(100)  PRIMARY KEY,
    setting_value VARCHAR(2000) NOT NULL
);

-- Who did what, when. Append-only: the triggers refuse every update and delete.
CREATE TABLE audit_log (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    logged_at TIMESTAMP    NOT NULL,
    user_name VARCHAR(200) NOT NULL,
    action    VARCHAR(30)  NOT NULL,
    entity    VARCHAR(50),
    entity_id VARCHAR(100),
    details   CHARACTER LARGE OBJECT
);
CREATE INDEX audit_log_logged_at ON audit_log (logged_at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW CALL 'vn.sotreem.storage.AppendOnlyTrigger';
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW CALL 'vn.sotreem.storage.AppendOnlyTrigger';
