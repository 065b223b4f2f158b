-- A child record entered in error (a duplicate, a test entry) is voided, never deleted: the row
-- stays with who voided it, when and why, hidden from every list, search, count, report and
-- export (and with it the child's memberships, supports and injuries). An administrator can see
-- voided records and restore one.
ALTER TABLE child ADD COLUMN voided_at TIMESTAMP;
ALTER TABLE child ADD COLUMN voided_by VARCHAR(100);
ALTER TABLE child ADD COLUMN void_reason VARCHAR(1000);
CREATE INDEX child_voided_at ON child (voided_at);
