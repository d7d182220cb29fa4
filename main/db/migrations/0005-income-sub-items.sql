-- The optional breakdown of income components (务工收入, 公益岗收入, 低保金 …), JSON {name: fen}.
ALTER TABLE income_records ADD COLUMN sub_items TEXT;
