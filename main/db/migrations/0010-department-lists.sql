-- Other departments' lists (issue 6 item 4, domain.md §6 item 2): 民政 低保/特困/临时救助, 医保 参保 and
-- 残联 持证残疾人. One table with a department column, one row per department × 证件号码. The latest
-- import of a department replaces that department's rows (inserts, updates and deletes recorded in
-- history), so undoing the import restores the previous list. People need not be in the ledger:
-- a list names whom it names, and the checks look it up by 证件号码.

CREATE TABLE department_lists (
  id          INTEGER PRIMARY KEY,
  department  TEXT NOT NULL CHECK (department IN ('民政', '医保', '残联')),
  id_no       TEXT NOT NULL,
  name        TEXT,
  -- 民政: 救助类型 as a JSON array (低保 · 特困 · 临时救助); 医保: 参保险种; 残联: 残疾类别.
  kind        TEXT,
  -- 医保: 参保状态; 残联: 残疾等级.
  detail      TEXT,
  start_date  TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  UNIQUE (department, id_no)
);
-- An incremental check looks up the members of a few households on every list.
CREATE INDEX department_lists_id_no ON department_lists (id_no);

CREATE TRIGGER department_lists_guard_insert BEFORE INSERT ON department_lists
WHEN NOT EXISTS (SELECT 1 FROM write_guard)
BEGIN SELECT RAISE(ABORT, 'shoudi.write-outside-mutation'); END;

CREATE TRIGGER department_lists_guard_update BEFORE UPDATE ON department_lists
WHEN NOT EXISTS (SELECT 1 FROM write_guard)
BEGIN SELECT RAISE(ABORT, 'shoudi.write-outside-mutation'); END;

CREATE TRIGGER department_lists_guard_delete BEFORE DELETE ON department_lists
WHEN NOT EXISTS (SELECT 1 FROM write_guard)
BEGIN SELECT RAISE(ABORT, 'shoudi.write-outside-mutation'); END;
