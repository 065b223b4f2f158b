-- The pre-2025 commune a child was recorded in, when the child came from the list of an old
-- commune merged into this one in 2025 (GSO code of 01/03/2025, e.g. '07921'); null otherwise.
ALTER TABLE child ADD COLUMN origin_commune_code VARCHAR(10);
