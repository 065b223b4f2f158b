-- Injuries are voided, never deleted: a voided injury leaves every list, count, report and export.
ALTER TABLE injury ADD COLUMN voided_at TIMESTAMP;
ALTER TABLE injury ADD COLUMN voided_by VARCHAR(100);
ALTER TABLE injury ADD COLUMN void_reason VARCHAR(500);
-- The death this injury recorded in the child's record (the officer agreed): its date, and the
-- child's status before, so that deleting or correcting the injury can give that status back.
ALTER TABLE injury ADD COLUMN recorded_death_date DATE;
ALTER TABLE injury ADD COLUMN status_before VARCHAR(20);
ALTER TABLE injury ADD COLUMN status_date_before DATE;
