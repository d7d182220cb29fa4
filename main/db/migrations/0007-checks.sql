-- Data logic checks (数据筛查, issue 6): persisted findings, 已核实 marks, switched-off rules and the
-- checker's watermark. None of these are ledger records: findings are a cache rebuilt from the
-- records by main/checks (a full run replaces them all, an incremental run replaces one household's),
-- and marks and switches are a clerk's notes about the checking, kept with who and when in the row.
-- They are therefore not written through mutate() and carry no guard triggers: an undo of a data
-- edit must not resurrect a stale finding, and a re-run must not pollute the change history.

CREATE TABLE check_findings (
  id           INTEGER PRIMARY KEY,
  finding_key  TEXT NOT NULL UNIQUE,
  rule_id      TEXT NOT NULL,
  severity     TEXT NOT NULL CHECK (severity IN ('错误', '提醒')),
  household_id INTEGER NOT NULL,
  household_no TEXT NOT NULL,
  village      TEXT,
  head_name    TEXT,
  member_id    INTEGER,
  member_name  TEXT,
  record_kind  TEXT NOT NULL,
  record_id    INTEGER NOT NULL,
  field        TEXT NOT NULL,
  read_values  TEXT NOT NULL,
  fingerprint  TEXT NOT NULL,
  message      TEXT NOT NULL
);
CREATE INDEX check_findings_household ON check_findings (household_id);
CREATE INDEX check_findings_rule ON check_findings (rule_id, village);

-- A finding marked 已核实 stays hidden while the values it read keep this fingerprint.
CREATE TABLE check_verifications (
  finding_key TEXT PRIMARY KEY,
  fingerprint TEXT NOT NULL,
  note        TEXT NOT NULL,
  actor       TEXT NOT NULL,
  at          TEXT NOT NULL
);

CREATE TABLE check_disabled_rules (
  rule_id TEXT PRIMARY KEY,
  actor   TEXT NOT NULL,
  at      TEXT NOT NULL
);

-- One row: the last change set the findings reflect, and the reference day they were computed for.
CREATE TABLE check_state (
  id              INTEGER PRIMARY KEY CHECK (id = 1),
  last_change_set INTEGER NOT NULL,
  as_of           TEXT NOT NULL,
  full_run_at     TEXT NOT NULL
);
