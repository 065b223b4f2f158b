-- Column mappings for importing an officer's own list (an old Excel sheet, a CSV), saved by name so that
-- next month's file is read the same way: sheet, header row, columns and value translations, as JSON.
CREATE TABLE import_mapping (
    name      VARCHAR(100)  PRIMARY KEY,
    content   CLOB          NOT NULL,
    saved_at  TIMESTAMP     NOT NULL,
    saved_by  VARCHAR(100)  NOT NULL
);
