-- HCĐB memberships and supports can be corrected. A record entered in error is voided, never
-- deleted: it keeps its row with when, by whom and why, and every list, count, report and export
-- leaves it out. The supports of one distribution day ("Trợ giúp hàng loạt") share a
-- distribution id, so the day can be corrected or voided as a whole.
ALTER TABLE hcdb_membership ADD COLUMN voided_at TIMESTAMP;
ALTER TABLE hcdb_membership ADD COLUMN voided_by VARCHAR(100);
ALTER TABLE hcdb_membership ADD COLUMN void_reason VARCHAR(500);

ALTER TABLE support ADD COLUMN voided_at TIMESTAMP;
ALTER TABLE support ADD COLUMN voided_by VARCHAR(100);
ALTER TABLE support ADD COLUMN void_reason VARCHAR(500);
ALTER TABLE support ADD COLUMN distribution_id BIGINT;
CREATE INDEX support_distribution ON support (distribution_id);
CREATE SEQUENCE support_distribution_seq START WITH 1;
