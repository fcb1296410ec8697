-- Suggestions: proposed edits to an item's body that the writer accepts or rejects (issue #4).
-- Like comments, they are anchored by quote and range in the revision they were made on.
CREATE TABLE suggestions (
    id          VARCHAR(64)  NOT NULL PRIMARY KEY,
    item_id     VARCHAR(64)  NOT NULL,
    revision_id CHAR(64),
    author_id   VARCHAR(64)  NOT NULL,
    quote       VARCHAR,
    range_start INTEGER      NOT NULL,
    range_end   INTEGER      NOT NULL,
    replacement VARCHAR,
    note        VARCHAR,
    status      VARCHAR(16)  NOT NULL,
    created     TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by  VARCHAR(64),
    decided_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT suggestions_item FOREIGN KEY (item_id) REFERENCES items (id)
);
CREATE INDEX suggestions_item ON suggestions (item_id, created);
