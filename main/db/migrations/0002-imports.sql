-- Import batches: one row per committed import. Its ledger changes carry the batch id in
-- change_sets.batch_id, so a batch can be shown, and undone, exactly.
CREATE TABLE import_batches (
  id              INTEGER PRIMARY KEY,
  file_name       TEXT NOT NULL,
  sha256          TEXT NOT NULL,
  template        TEXT NOT NULL,
  sheet           TEXT NOT NULL,
  village         TEXT,
  report_month    TEXT,
  rows_read       INTEGER NOT NULL,
  rows_inserted   INTEGER NOT NULL,
  rows_updated    INTEGER NOT NULL,
  rows_unchanged  INTEGER NOT NULL,
  rows_rejected   INTEGER NOT NULL,
  actor           TEXT NOT NULL,
  created_at      TEXT NOT NULL,
  status          TEXT NOT NULL DEFAULT 'committed' CHECK (status IN ('committed', 'undone')),
  undone_at       TEXT
);
CREATE INDEX import_batches_month ON import_batches (report_month);

-- The villages whose rows a batch carried (a platform export carries many).
CREATE TABLE import_batch_villages (
  batch_id   INTEGER NOT NULL REFERENCES import_batches (id),
  village_id INTEGER NOT NULL,
  PRIMARY KEY (batch_id, village_id)
);
CREATE INDEX change_sets_batch ON change_sets (batch_id);

-- A clerk's column mapping for a workbook layout the detector did not know, keyed by the
-- normalised header row, so the next file of the same shape maps itself.
CREATE TABLE import_mappings (
  shape_key  TEXT PRIMARY KEY,
  template   TEXT NOT NULL,
  mapping    TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
