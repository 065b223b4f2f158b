-- Children in special circumstances: memberships of the 14 groups over periods (sheet HCDB).
CREATE TABLE hcdb_membership (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    child_id         BIGINT       NOT NULL REFERENCES child (id),
    group_code       VARCHAR(2)   NOT NULL,
    sub_case         VARCHAR(10),
    from_date        DATE         NOT NULL,
    to_date          DATE,
    basis            VARCHAR(500),
    certificate_date DATE,
    close_reason     VARCHAR(200),
    CONSTRAINT hcdb_membership_dates CHECK (to_date IS NULL OR to_date >= from_date)
);
CREATE INDEX hcdb_membership_child ON hcdb_membership (child_id);

-- Support received (sheet TroGiup); alternative care carries the carer and the form of care.
CREATE TABLE support (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    child_id    BIGINT        NOT NULL REFERENCES child (id),
    support_date DATE         NOT NULL,
    type        VARCHAR(30)   NOT NULL,
    provider    VARCHAR(300),
    amount      BIGINT        CHECK (amount IS NULL OR amount >= 0),
    note        VARCHAR(2000),
    carer_name  VARCHAR(300),
    care_form   VARCHAR(30)
);
CREATE INDEX support_child ON support (child_id);
CREATE INDEX support_date ON support (support_date);
