-- Quick search that stays an index lookup at a million members (issue #9). The columns are
-- derived at write time by the mutation path (main/db/search-columns.ts); rows that existed
-- before this migration are filled by its backfill step (main/db/backfill-search.ts).
ALTER TABLE members ADD COLUMN name_pinyin TEXT;
ALTER TABLE members ADD COLUMN name_initials TEXT;
ALTER TABLE members ADD COLUMN id_no_rev TEXT;
ALTER TABLE households ADD COLUMN household_no_rev TEXT;

CREATE INDEX members_name_pinyin ON members (name_pinyin);
CREATE INDEX members_name_initials ON members (name_initials);
CREATE INDEX members_id_no_rev ON members (id_no_rev);
CREATE INDEX households_no_rev ON households (household_no_rev);
-- Sorting the members grid by 出生日期/年龄 reads this index instead of sorting a million rows.
CREATE INDEX members_birth_date ON members (birth_date);
