-- Possible duplicates found on import (or entry), queued for the officer to merge or keep.
-- A pair is stored once, lower child id first; a pair already decided is never re-queued.
CREATE TABLE possible_duplicate (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    child_id_a BIGINT      NOT NULL REFERENCES child (id),
    child_id_b BIGINT      NOT NULL REFERENCES child (id),
    reason     VARCHAR(40) NOT NULL,
    status     VARCHAR(20) NOT NULL DEFAULT 'cho_xu_ly',
    created_at TIMESTAMP   NOT NULL,
    CONSTRAINT possible_duplicate_pair UNIQUE (child_id_a, child_id_b),
    CONSTRAINT possible_duplicate_order CHECK (child_id_a < child_id_b)
);
CREATE INDEX possible_duplicate_status ON possible_duplicate (status);
