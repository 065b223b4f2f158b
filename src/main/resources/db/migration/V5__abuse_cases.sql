-- Abuse cases (NĐ 56/2017 Điều 24–32): the intake of Mẫu 01, victims, alleged perpetrators and the
-- procedure. A case is saved as a whole: its detail rows are replaced on each save.
CREATE TABLE abuse_case (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    code                 VARCHAR(40)   NOT NULL,
    received_on          DATE          NOT NULL,
    received_time        TIME,
    channel              VARCHAR(30),
    receiving_body       VARCHAR(30),
    receiving_officer    VARCHAR(200),
    occurred_on          DATE          NOT NULL,
    village              VARCHAR(200),
    place_detail         VARCHAR(500),
    setting              VARCHAR(30)   NOT NULL,
    child_state          VARCHAR(4000),
    feared_consequences  VARCHAR(4000),
    family_situation     VARCHAR(4000),
    actions_taken        VARCHAR(4000),
    reporter_name        VARCHAR(200),
    reporter_phone       VARCHAR(50),
    reporter_address     VARCHAR(500),
    note                 VARCHAR(4000),
    marked_emergency     BOOLEAN       NOT NULL DEFAULT FALSE,
    procedure_tracked    BOOLEAN       NOT NULL DEFAULT TRUE,
    separation_from      DATE,
    separation_placement VARCHAR(500),
    separation_ended     DATE,
    separation_extended  BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT abuse_case_code UNIQUE (code),
    CONSTRAINT abuse_case_dates CHECK (received_on >= occurred_on)
);

CREATE TABLE abuse_victim (
    case_id    BIGINT        NOT NULL REFERENCES abuse_case (id),
    seq   INT           NOT NULL,
    child_id   BIGINT        NOT NULL REFERENCES child (id),
    forms      VARCHAR(200)  NOT NULL,
    sub_forms  VARCHAR(200),
    supported  BOOLEAN       NOT NULL DEFAULT FALSE,
    outcome    VARCHAR(4000),
    PRIMARY KEY (case_id, child_id)
);
CREATE INDEX abuse_victim_child ON abuse_victim (child_id);

CREATE TABLE abuse_perpetrator (
    case_id          BIGINT       NOT NULL REFERENCES abuse_case (id),
    seq         INT          NOT NULL,
    victim_child_id  BIGINT       REFERENCES child (id),
    sex              VARCHAR(20),
    age_group        VARCHAR(20),
    relation         VARCHAR(30),
    handling         VARCHAR(30),
    decision_number  VARCHAR(100),
    decision_date    DATE,
    authority        VARCHAR(300),
    provision        VARCHAR(500),
    fine             BIGINT       CHECK (fine IS NULL OR fine >= 0),
    enforcement      VARCHAR(30),
    note             VARCHAR(4000),
    has_sanction     BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (case_id, seq)
);

CREATE TABLE abuse_step (
    case_id    BIGINT        NOT NULL REFERENCES abuse_case (id),
    seq   INT           NOT NULL,
    step       VARCHAR(30)   NOT NULL,
    step_date  DATE          NOT NULL,
    step_time  TIME,
    actor      VARCHAR(300),
    risk       VARCHAR(20),
    note       VARCHAR(4000),
    PRIMARY KEY (case_id, seq)
);

CREATE TABLE abuse_plan_item (
    case_id      BIGINT        NOT NULL REFERENCES abuse_case (id),
    seq     INT           NOT NULL,
    plan_number  INT           NOT NULL,
    task         VARCHAR(1000) NOT NULL,
    responsible  VARCHAR(300),
    provider     VARCHAR(300),
    start_date   DATE,
    planned_end  DATE,
    cost         BIGINT        CHECK (cost IS NULL OR cost >= 0),
    PRIMARY KEY (case_id, seq)
);

CREATE TABLE abuse_review (
    case_id           BIGINT        NOT NULL REFERENCES abuse_case (id),
    seq          INT           NOT NULL,
    child_id          BIGINT        NOT NULL REFERENCES child (id),
    review_date       DATE          NOT NULL,
    officer           VARCHAR(200),
    conclusion        VARCHAR(4000),
    close_recommended BOOLEAN       NOT NULL DEFAULT FALSE,
    PRIMARY KEY (case_id, seq)
);

CREATE TABLE abuse_review_rating (
    case_id          BIGINT        NOT NULL REFERENCES abuse_case (id),
    review_position  INT           NOT NULL,
    criterion        VARCHAR(30)   NOT NULL,
    rating           VARCHAR(20)   NOT NULL,
    evidence         VARCHAR(4000),
    PRIMARY KEY (case_id, review_position, criterion)
);
