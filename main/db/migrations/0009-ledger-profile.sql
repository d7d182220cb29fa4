-- The ledger profile (台账信息): who keeps this ledger and who signs its sheets — 县, 镇, 填报单位,
-- 填表人, 审核人, 联系电话. One row (id = 1). It is a ledger table like the others: written only
-- through the mutation path, so a change is recorded in history and can be undone. The sheet
-- footers (公示名单 and the reports of other areas) read it through main/db/profile.ts.

CREATE TABLE ledger_profile (
  id             INTEGER PRIMARY KEY CHECK (id = 1),
  county         TEXT,
  town           TEXT,
  reporting_unit TEXT,
  filled_by      TEXT,
  reviewed_by    TEXT,
  phone          TEXT,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
);

CREATE TRIGGER ledger_profile_guard_insert BEFORE INSERT ON ledger_profile
WHEN NOT EXISTS (SELECT 1 FROM write_guard)
BEGIN SELECT RAISE(ABORT, 'shoudi.write-outside-mutation'); END;

CREATE TRIGGER ledger_profile_guard_update BEFORE UPDATE ON ledger_profile
WHEN NOT EXISTS (SELECT 1 FROM write_guard)
BEGIN SELECT RAISE(ABORT, 'shoudi.write-outside-mutation'); END;

CREATE TRIGGER ledger_profile_guard_delete BEFORE DELETE ON ledger_profile
WHEN NOT EXISTS (SELECT 1 FROM write_guard)
BEGIN SELECT RAISE(ABORT, 'shoudi.write-outside-mutation'); END;
