-- Income records, the policy table, 帮扶措施 and the monitoring-object lifecycle (issue 4).
-- Money is integer fen. JSON columns hold arrays/objects whose shape is checked in shared/.

CREATE TABLE income_records (
  id                  INTEGER PRIMARY KEY,
  household_id        INTEGER NOT NULL REFERENCES households (id),
  period              TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  wage_income         INTEGER,
  business_income     INTEGER,
  property_income     INTEGER,
  transfer_income     INTEGER,
  business_cost       INTEGER,
  claim_income        INTEGER,
  self_paid_cost      INTEGER,
  member_count_stated INTEGER,
  net_income_stated   INTEGER,
  per_capita_stated   INTEGER,
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL,
  UNIQUE (household_id, period)
);
CREATE INDEX income_records_period ON income_records (period);

CREATE TABLE policy_years (
  id                    INTEGER PRIMARY KEY,
  year                  INTEGER NOT NULL UNIQUE,
  monitoring_line_fen   INTEGER NOT NULL,
  warning_lines         TEXT NOT NULL,
  per_capita_divisor    TEXT NOT NULL,
  labour_age_min        INTEGER NOT NULL,
  labour_age_max        INTEGER NOT NULL,
  monthly_deadline_day  INTEGER NOT NULL,
  quarterly_needs_day   INTEGER NOT NULL,
  heavy_self_paid_fen   INTEGER NOT NULL,
  identification_days   INTEGER NOT NULL,
  measure_within_months INTEGER NOT NULL,
  service_targets       TEXT NOT NULL,
  public_notice_days    INTEGER NOT NULL,
  created_at            TEXT NOT NULL,
  updated_at            TEXT NOT NULL
);

CREATE TABLE measures (
  id           INTEGER PRIMARY KEY,
  household_id INTEGER NOT NULL REFERENCES households (id),
  year         INTEGER NOT NULL,
  measure      TEXT NOT NULL,
  detail       TEXT,
  start_month  TEXT,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
);
CREATE INDEX measures_household ON measures (household_id, year);

CREATE TABLE monitor_events (
  id           INTEGER PRIMARY KEY,
  household_id INTEGER NOT NULL REFERENCES households (id),
  kind         TEXT NOT NULL CHECK (kind IN ('识别纳入', '风险消除', '回退')),
  event_date   TEXT NOT NULL,
  category     TEXT,
  risks        TEXT,
  mode         TEXT,
  reason       TEXT,
  snapshot     TEXT,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
);
CREATE INDEX monitor_events_household ON monitor_events (household_id);

CREATE TRIGGER income_records_guard_insert BEFORE INSERT ON income_records
WHEN NOT EXISTS (SELECT 1 FROM write_guard)
BEGIN SELECT RAISE(ABORT, 'shoudi.write-outside-mutation'); END;

CREATE TRIGGER income_records_guard_update BEFORE UPDATE ON income_records
WHEN NOT EXISTS (SELECT 1 FROM write_guard)
BEGIN SELECT RAISE(ABORT, 'shoudi.write-outside-mutation'); END;

CREATE TRIGGER income_records_guard_delete BEFORE DELETE ON income_records
WHEN NOT EXISTS (SELECT 1 FROM write_guard)
BEGIN SELECT RAISE(ABORT, 'shoudi.write-outside-mutation'); END;

CREATE TRIGGER policy_years_guard_insert BEFORE INSERT ON policy_years
WHEN NOT EXISTS (SELECT 1 FROM write_guard)
BEGIN SELECT RAISE(ABORT, 'shoudi.write-outside-mutation'); END;

CREATE TRIGGER policy_years_guard_update BEFORE UPDATE ON policy_years
WHEN NOT EXISTS (SELECT 1 FROM write_guard)
BEGIN SELECT RAISE(ABORT, 'shoudi.write-outside-mutation'); END;

CREATE TRIGGER policy_years_guard_delete BEFORE DELETE ON policy_years
WHEN NOT EXISTS (SELECT 1 FROM write_guard)
BEGIN SELECT RAISE(ABORT, 'shoudi.write-outside-mutation'); END;

CREATE TRIGGER measures_guard_insert BEFORE INSERT ON measures
WHEN NOT EXISTS (SELECT 1 FROM write_guard)
BEGIN SELECT RAISE(ABORT, 'shoudi.write-outside-mutation'); END;

CREATE TRIGGER measures_guard_update BEFORE UPDATE ON measures
WHEN NOT EXISTS (SELECT 1 FROM write_guard)
BEGIN SELECT RAISE(ABORT, 'shoudi.write-outside-mutation'); END;

CREATE TRIGGER measures_guard_delete BEFORE DELETE ON measures
WHEN NOT EXISTS (SELECT 1 FROM write_guard)
BEGIN SELECT RAISE(ABORT, 'shoudi.write-outside-mutation'); END;

CREATE TRIGGER monitor_events_guard_insert BEFORE INSERT ON monitor_events
WHEN NOT EXISTS (SELECT 1 FROM write_guard)
BEGIN SELECT RAISE(ABORT, 'shoudi.write-outside-mutation'); END;

CREATE TRIGGER monitor_events_guard_update BEFORE UPDATE ON monitor_events
WHEN NOT EXISTS (SELECT 1 FROM write_guard)
BEGIN SELECT RAISE(ABORT, 'shoudi.write-outside-mutation'); END;

CREATE TRIGGER monitor_events_guard_delete BEFORE DELETE ON monitor_events
WHEN NOT EXISTS (SELECT 1 FROM write_guard)
BEGIN SELECT RAISE(ABORT, 'shoudi.write-outside-mutation'); END;
