-- The cause of an injury in a few words (Nguyên nhân, free text, optional): sheet TNTT column nguyen_nhan.
ALTER TABLE injury ADD COLUMN cause VARCHAR(300);
