-- Employment ledger (issue 5): per labourer per month employment records (就业台账), dated HR
-- service events (人社就业帮扶), and returning-worker cases (返乡回流). Money is integer fen.
-- Labourers are not a table: they are derived from members (domain.md §1), so a member who stops
-- qualifying keeps every record here.

CREATE TABLE employment_records (
  id                    INTEGER PRIMARY KEY,
  member_id             INTEGER NOT NULL REFERENCES members (id),
  month                 TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  employed              TEXT CHECK (employed IN ('是', '否')),
  region                TEXT CHECK (region IN ('县内', '省内县外', '省外', '境外')),
  work_province         TEXT,
  work_city             TEXT,
  work_county           TEXT,
  employer              TEXT,
  channel               TEXT,
  start_month           TEXT,
  months_worked         INTEGER CHECK (months_worked BETWEEN 0 AND 12),
  monthly_wage_fen      INTEGER CHECK (monthly_wage_fen >= 0),
  transport_subsidy_fen INTEGER CHECK (transport_subsidy_fen >= 0),
  job_need              TEXT CHECK (job_need IN ('是', '否')),
  training_need         TEXT CHECK (training_need IN ('是', '否')),
  training_kind         TEXT,
  wished_job            TEXT,
  wished_region         TEXT,
  created_at            TEXT NOT NULL,
  updated_at            TEXT NOT NULL,
  UNIQUE (member_id, month)
);
CREATE INDEX employment_records_month ON employment_records (month);

CREATE TABLE service_events (
  id          INTEGER PRIMARY KEY,
  member_id   INTEGER NOT NULL REFERENCES members (id),
  event_date  TEXT NOT NULL CHECK (event_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  kind        TEXT NOT NULL CHECK (kind IN ('就业指导', '就业培训', '岗位推荐', '其他')),
  employer    TEXT,
  post        TEXT,
  project     TEXT,
  result      TEXT,
  origin      TEXT NOT NULL DEFAULT '手工',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE INDEX service_events_member ON service_events (member_id, event_date);
CREATE INDEX service_events_date ON service_events (event_date);

CREATE TABLE returnee_cases (
  id                INTEGER PRIMARY KEY,
  member_id         INTEGER NOT NULL REFERENCES members (id),
  return_date       TEXT NOT NULL,
  last_away_month   TEXT,
  origin_place      TEXT,
  origin_employer   TEXT,
  origin_region     TEXT NOT NULL CHECK (origin_region IN ('省外回流', '省内县外回流')),
  reason            TEXT,
  job_wish          TEXT,
  training_wish     TEXT,
  wished_job        TEXT,
  wished_region     TEXT,
  reemploy_date     TEXT,
  reemploy_employer TEXT,
  reemploy_mode     TEXT,
  left_again_month  TEXT,
  status            TEXT NOT NULL CHECK (status IN ('跟踪中', '已再就业', '再次外出', '暂无意愿')),
  origin            TEXT NOT NULL CHECK (origin IN ('自动', '手工', '导入')),
  note              TEXT,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL
);
CREATE INDEX returnee_cases_member ON returnee_cases (member_id, return_date);

CREATE TRIGGER employment_records_guard_insert BEFORE INSERT ON employment_records
WHEN NOT EXISTS (SELECT 1 FROM write_guard)
BEGIN SELECT RAISE(ABORT, 'shoudi.write-outside-mutation'); END;

CREATE TRIGGER employment_records_guard_update BEFORE UPDATE ON employment_records
WHEN NOT EXISTS (SELECT 1 FROM write_guard)
BEGIN SELECT RAISE(ABORT, 'shoudi.write-outside-mutation'); END;

CREATE TRIGGER employment_records_guard_delete BEFORE DELETE ON employment_records
WHEN NOT EXISTS (SELECT 1 FROM write_guard)
BEGIN SELECT RAISE(ABORT, 'shoudi.write-outside-mutation'); END;

CREATE TRIGGER service_events_guard_insert BEFORE INSERT ON service_events
WHEN NOT EXISTS (SELECT 1 FROM write_guard)
BEGIN SELECT RAISE(ABORT, 'shoudi.write-outside-mutation'); END;

CREATE TRIGGER service_events_guard_update BEFORE UPDATE ON service_events
WHEN NOT EXISTS (SELECT 1 FROM write_guard)
BEGIN SELECT RAISE(ABORT, 'shoudi.write-outside-mutation'); END;

CREATE TRIGGER service_events_guard_delete BEFORE DELETE ON service_events
WHEN NOT EXISTS (SELECT 1 FROM write_guard)
BEGIN SELECT RAISE(ABORT, 'shoudi.write-outside-mutation'); END;

CREATE TRIGGER returnee_cases_guard_insert BEFORE INSERT ON returnee_cases
WHEN NOT EXISTS (SELECT 1 FROM write_guard)
BEGIN SELECT RAISE(ABORT, 'shoudi.write-outside-mutation'); END;

CREATE TRIGGER returnee_cases_guard_update BEFORE UPDATE ON returnee_cases
WHEN NOT EXISTS (SELECT 1 FROM write_guard)
BEGIN SELECT RAISE(ABORT, 'shoudi.write-outside-mutation'); END;

CREATE TRIGGER returnee_cases_guard_delete BEFORE DELETE ON returnee_cases
WHEN NOT EXISTS (SELECT 1 FROM write_guard)
BEGIN SELECT RAISE(ABORT, 'shoudi.write-outside-mutation'); END;
