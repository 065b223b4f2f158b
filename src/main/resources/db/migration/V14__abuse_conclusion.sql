-- Abuse cases: the conclusion recorded on closing a case (co_xam_hai, khong_xac_dinh,
-- chuyen_co_quan_khac; null while open or for cases closed before V14), and voiding a case entered
-- in error. A voided case is never deleted: it keeps its rows, leaves every list, count and export,
-- and says when, by whom and why it was voided.
ALTER TABLE abuse_case ADD COLUMN conclusion VARCHAR(30);
ALTER TABLE abuse_case ADD COLUMN voided_at TIMESTAMP;
ALTER TABLE abuse_case ADD COLUMN voided_by VARCHAR(200);
ALTER TABLE abuse_case ADD COLUMN void_reason VARCHAR(1000);
