-- Undo/redo persisted in the ledger (survives a restart): an undo is itself a change set that
-- names what it undid (undo_of); the undone change set points to it (undone_by). A redo undoes
-- an undo the same way.
ALTER TABLE change_sets ADD COLUMN undo_of INTEGER REFERENCES change_sets (id);
ALTER TABLE change_sets ADD COLUMN undone_by INTEGER REFERENCES change_sets (id);
CREATE INDEX change_sets_source ON change_sets (source, undone_by);
