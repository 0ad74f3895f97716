-- Where each prepared complex came from (to read it again in later steps) and its split.
ALTER TABLE prepared_complex ADD COLUMN source_location VARCHAR(2000);
ALTER TABLE prepared_complex ADD COLUMN split VARCHAR(5);

-- Images, each once, named by the SHA-256 of their PNG bytes; the file is <data>/images/<sha256>.png.
CREATE TABLE image (
    sha256            CHAR(64)     NOT NULL PRIMARY KEY,
    width             INT          NOT NULL,
    height            INT          NOT NULL,
    bytes             BIGINT       NOT NULL,
    complex_id        VARCHAR(200) NOT NULL,
    job_execution_id  BIGINT       NOT NULL
);

-- Items: the unit curators review and researchers are scored on. item_json is the release line
-- (docs/release-format.md), byte for byte. A regenerated item with the same id keeps its review
-- unless its content changed (json_sha256), which sends it back to pending.
CREATE TABLE item (
    item_id           VARCHAR(40)   NOT NULL PRIMARY KEY,
    task              VARCHAR(2)    NOT NULL,
    split             VARCHAR(5)    NOT NULL,
    complex_id        VARCHAR(200)  NOT NULL,
    run_id            BIGINT        NOT NULL,
    job_execution_id  BIGINT        NOT NULL,
    answer            VARCHAR(8000) NOT NULL,
    item_json         CLOB          NOT NULL,
    json_sha256       CHAR(64)      NOT NULL,
    review_state      VARCHAR(10)   DEFAULT 'pending' NOT NULL,
    version           INT           DEFAULT 0 NOT NULL,
    created_at        TIMESTAMP     NOT NULL,
    updated_at        TIMESTAMP     NOT NULL,
    CONSTRAINT item_state CHECK (review_state IN ('pending', 'approved', 'flagged', 'rejected'))
);
CREATE INDEX item_queue ON item (task, split, review_state, item_id);
CREATE INDEX item_state_id ON item (review_state, item_id);
CREATE INDEX item_complex ON item (complex_id, item_id);
CREATE INDEX item_run ON item (run_id, item_id);

-- Progress of generation steps, one row per run (job instance, so restarts continue the same rows),
-- step and partition, for the command line's progress bar and the console.
CREATE TABLE run_progress (
    run_id            BIGINT       NOT NULL,
    step              VARCHAR(100) NOT NULL,
    partition_no      INT          NOT NULL,
    complexes_total   INT          NOT NULL,
    complexes_done    INT          NOT NULL,
    items             BIGINT       NOT NULL,
    images            BIGINT       NOT NULL,
    updated_at        TIMESTAMP    NOT NULL,
    PRIMARY KEY (run_id, step, partition_no)
);
