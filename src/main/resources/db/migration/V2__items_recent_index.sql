-- Lists show the most recently updated items first; this index serves that order (with the id
-- as a tie-break) directly, so the first page reads 50 rows instead of sorting them all.
CREATE INDEX items_recent ON items (updated DESC, id DESC);
