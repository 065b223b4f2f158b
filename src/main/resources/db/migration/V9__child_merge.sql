-- Two records of one child merged: the newer record is kept, hidden from every list, pointing at
-- the record it was merged into. Its code keeps leading there (a later import of an old workbook)
-- and the audit entries that name it stay meaningful. The duplicate queue's statuses are
-- 'cho_xu_ly' (waiting), 'da_gop' (merged) and 'khong_trung' (not the same child).
ALTER TABLE child ADD COLUMN merged_into BIGINT REFERENCES child (id);
CREATE INDEX child_merged_into ON child (merged_into);
