-- Injuries (tai nạn thương tích): one row per injured child per event (sheet TNTT).
CREATE TABLE injury (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    child_id     BIGINT        NOT NULL REFERENCES child (id),
    injury_date  DATE          NOT NULL,
    type         VARCHAR(2)    NOT NULL,
    place        VARCHAR(20)   NOT NULL,
    died         BOOLEAN       NOT NULL DEFAULT FALSE,
    disabled     BOOLEAN       NOT NULL DEFAULT FALSE,
    treated_at   VARCHAR(300),
    note         VARCHAR(2000)
);
CREATE INDEX injury_child ON injury (child_id);
CREATE INDEX injury_date ON injury (injury_date);
