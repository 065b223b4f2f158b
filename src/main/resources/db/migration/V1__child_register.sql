-- The commune register: which commune, its villages and its children (sheet TreEm).
CREATE TABLE register_info (
    id             INT PRIMARY KEY CHECK (id = 1),
    commune_code   VARCHAR(10)  NOT NULL,
    commune_name   VARCHAR(200) NOT NULL,
    province_code  VARCHAR(5)   NOT NULL,
    province_name  VARCHAR(200) NOT NULL,
    officer_name   VARCHAR(200) NOT NULL,
    created_at     TIMESTAMP    NOT NULL
);

CREATE TABLE village (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    name_folded VARCHAR(200) NOT NULL UNIQUE,
    sort_order  INT          NOT NULL DEFAULT 0
);

CREATE TABLE child (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    code                 VARCHAR(40)   NOT NULL UNIQUE,
    full_name            VARCHAR(200)  NOT NULL,
    name_folded          VARCHAR(200)  NOT NULL,
    birth_date           DATE          NOT NULL,
    birth_date_estimated BOOLEAN       NOT NULL DEFAULT FALSE,
    sex                  VARCHAR(20)   NOT NULL,
    ethnic_code          VARCHAR(20),
    personal_id          VARCHAR(20),
    village_id           BIGINT        NOT NULL REFERENCES village (id),
    poverty              VARCHAR(20),
    father_name          VARCHAR(200),
    mother_name          VARCHAR(200),
    caregiver_name       VARCHAR(200),
    phone                VARCHAR(40),
    status               VARCHAR(20)   NOT NULL DEFAULT 'dang_song',
    status_date          DATE,
    entry_date           DATE,
    note                 VARCHAR(4000),
    created_at           TIMESTAMP     NOT NULL,
    updated_at           TIMESTAMP     NOT NULL
);
CREATE INDEX child_name_birth ON child (name_folded, birth_date);
CREATE INDEX child_personal_id ON child (personal_id);
CREATE INDEX child_village ON child (village_id);

-- Every change of status (moved away, died, back), so history survives later edits.
CREATE TABLE child_status_history (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    child_id    BIGINT      NOT NULL REFERENCES child (id),
    status      VARCHAR(20) NOT NULL,
    status_date DATE,
    recorded_at TIMESTAMP   NOT NULL
);
CREATE INDEX child_status_history_child ON child_status_history (child_id);

CREATE SEQUENCE child_code_seq START WITH 1;
