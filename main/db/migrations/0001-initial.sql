-- Shoudi ledger, schema version 1: administrative units, households, members, change history.
-- Enumerations are stored as their Chinese labels; values are checked in shared/domain before
-- every write (one code-list module). Sets (风险类型, 健康状况) are JSON arrays of labels.

PRAGMA application_id = 1397245001;

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE admin_units (
  id        INTEGER PRIMARY KEY,
  level     TEXT NOT NULL CHECK (level IN ('county', 'town', 'village', 'group')),
  name      TEXT NOT NULL CHECK (length(name) > 0),
  code      TEXT,
  parent_id INTEGER REFERENCES admin_units (id)
);
CREATE UNIQUE INDEX admin_units_name ON admin_units (ifnull(parent_id, 0), level, name);

CREATE TABLE households (
  id                  INTEGER PRIMARY KEY,
  household_no        TEXT NOT NULL UNIQUE CHECK (length(household_no) > 0),
  village_id          INTEGER NOT NULL REFERENCES admin_units (id),
  group_id            INTEGER REFERENCES admin_units (id),
  household_type      TEXT NOT NULL,
  monitor_category    TEXT,
  exit_year           INTEGER,
  member_count_stated INTEGER,
  phone               TEXT,
  monitor_start       TEXT,
  risks               TEXT,
  risk_eliminated     TEXT,
  elimination_mode    TEXT,
  risk_end            TEXT,
  no_labour_household TEXT,
  guarantee_food      TEXT,
  guarantee_education TEXT,
  guarantee_medical   TEXT,
  guarantee_housing   TEXT,
  guarantee_water     TEXT,
  helper_name         TEXT,
  helper_phone        TEXT,
  status              TEXT NOT NULL DEFAULT '在册',
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL
);
CREATE INDEX households_village ON households (village_id);

CREATE TABLE members (
  id                INTEGER PRIMARY KEY,
  household_id      INTEGER NOT NULL REFERENCES households (id),
  id_no             TEXT NOT NULL UNIQUE CHECK (length(id_no) = 18),
  name              TEXT NOT NULL CHECK (length(name) > 0),
  sex               TEXT GENERATED ALWAYS AS (
                      CASE WHEN CAST(substr(id_no, 17, 1) AS INTEGER) % 2 = 1 THEN '男' ELSE '女' END
                    ) VIRTUAL,
  birth_date        TEXT GENERATED ALWAYS AS (
                      substr(id_no, 7, 4) || '-' || substr(id_no, 11, 2) || '-' || substr(id_no, 13, 2)
                    ) VIRTUAL,
  relation          TEXT NOT NULL,
  ethnicity         TEXT,
  political         TEXT,
  education         TEXT,
  schooling         TEXT,
  health            TEXT,
  disability_type   TEXT,
  disability_suffix TEXT,
  labour_skill      TEXT,
  phone             TEXT,
  medical_resident  TEXT,
  medical_staff     TEXT,
  critical_illness  TEXT,
  pension_resident  TEXT,
  pension_staff     TEXT,
  dibao             TEXT,
  tekun             TEXT,
  status            TEXT NOT NULL DEFAULT '在户',
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL
);
CREATE INDEX members_household ON members (household_id, status, relation);
CREATE INDEX members_name ON members (name);

-- One change set per intention (an edit, an import batch); one history row per changed field.
CREATE TABLE change_sets (
  id       INTEGER PRIMARY KEY,
  at       TEXT NOT NULL,
  actor    TEXT NOT NULL,
  source   TEXT NOT NULL,
  batch_id INTEGER,
  label    TEXT NOT NULL
);

CREATE TABLE history (
  id            INTEGER PRIMARY KEY,
  change_set_id INTEGER NOT NULL REFERENCES change_sets (id),
  table_name    TEXT NOT NULL,
  record_id     INTEGER NOT NULL,
  op            TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
  field         TEXT NOT NULL,
  old_value     TEXT,
  new_value     TEXT
);
CREATE INDEX history_record ON history (table_name, record_id);
CREATE INDEX history_change_set ON history (change_set_id);

-- The mutation path (main/db/mutate.ts) holds a row here for the length of its transaction.
-- Any write to the ledger tables without it is refused by the guards below, so nothing can
-- change a record without leaving history.
CREATE TABLE write_guard (
  change_set_id INTEGER NOT NULL
);

CREATE TRIGGER admin_units_guard_insert BEFORE INSERT ON admin_units
WHEN NOT EXISTS (SELECT 1 FROM write_guard)
BEGIN SELECT RAISE(ABORT, 'shoudi.write-outside-mutation'); END;

CREATE TRIGGER admin_units_guard_update BEFORE UPDATE ON admin_units
WHEN NOT EXISTS (SELECT 1 FROM write_guard)
BEGIN SELECT RAISE(ABORT, 'shoudi.write-outside-mutation'); END;

CREATE TRIGGER admin_units_guard_delete BEFORE DELETE ON admin_units
WHEN NOT EXISTS (SELECT 1 FROM write_guard)
BEGIN SELECT RAISE(ABORT, 'shoudi.write-outside-mutation'); END;

CREATE TRIGGER households_guard_insert BEFORE INSERT ON households
WHEN NOT EXISTS (SELECT 1 FROM write_guard)
BEGIN SELECT RAISE(ABORT, 'shoudi.write-outside-mutation'); END;

CREATE TRIGGER households_guard_update BEFORE UPDATE ON households
WHEN NOT EXISTS (SELECT 1 FROM write_guard)
BEGIN SELECT RAISE(ABORT, 'shoudi.write-outside-mutation'); END;

CREATE TRIGGER households_guard_delete BEFORE DELETE ON households
WHEN NOT EXISTS (SELECT 1 FROM write_guard)
BEGIN SELECT RAISE(ABORT, 'shoudi.write-outside-mutation'); END;

CREATE TRIGGER members_guard_insert BEFORE INSERT ON members
WHEN NOT EXISTS (SELECT 1 FROM write_guard)
BEGIN SELECT RAISE(ABORT, 'shoudi.write-outside-mutation'); END;

CREATE TRIGGER members_guard_update BEFORE UPDATE ON members
WHEN NOT EXISTS (SELECT 1 FROM write_guard)
BEGIN SELECT RAISE(ABORT, 'shoudi.write-outside-mutation'); END;

CREATE TRIGGER members_guard_delete BEFORE DELETE ON members
WHEN NOT EXISTS (SELECT 1 FROM write_guard)
BEGIN SELECT RAISE(ABORT, 'shoudi.write-outside-mutation'); END;
