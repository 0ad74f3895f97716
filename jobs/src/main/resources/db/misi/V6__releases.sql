-- Releases frozen from the approved items (the export job with a release name; never the draft).
-- The folder <data>/releases/<name> is the release; these rows say what went into it, so the
-- console can list releases and compare two without reading their files. Rows are never updated.
CREATE TABLE release (
    name               VARCHAR(64)  NOT NULL PRIMARY KEY,
    created_at         TIMESTAMP    NOT NULL,
    created_by         VARCHAR(64)  NOT NULL,
    review_state       VARCHAR(10)  NOT NULL,
    items              INT          NOT NULL,
    images             INT          NOT NULL,
    sha256sums_sha256  CHAR(64)     NOT NULL,
    job_execution_id   BIGINT       NOT NULL
);

-- Each item of a release with the hash of the exact line written: the same id with another hash
-- in a later release means the item's content changed between the two.
CREATE TABLE release_item (
    name         VARCHAR(64)  NOT NULL,
    item_id      VARCHAR(40)  NOT NULL,
    task         VARCHAR(2)   NOT NULL,
    split        VARCHAR(5)   NOT NULL,
    json_sha256  CHAR(64)     NOT NULL,
    PRIMARY KEY (name, item_id)
);
