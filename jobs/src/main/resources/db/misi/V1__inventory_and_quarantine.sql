-- Schema MISI belongs to Flyway; JBeret's job repository tables live in PUBLIC of the same database.

-- One row per input complex: what the generate job read, and from which files (by content).
CREATE TABLE complex_inventory (
    complex_id        VARCHAR(200) NOT NULL PRIMARY KEY,
    input_layout      VARCHAR(40)  NOT NULL,
    source_sha256     CHAR(64)     NOT NULL,
    source_bytes      BIGINT       NOT NULL,
    atom_records      INT          NOT NULL,
    job_execution_id  BIGINT       NOT NULL
);

-- Inputs a job could not use, with the file and the reason; the job went on with the rest.
CREATE TABLE quarantine (
    complex_id        VARCHAR(200)  NOT NULL,
    step              VARCHAR(100)  NOT NULL,
    location          VARCHAR(2000) NOT NULL,
    reason            VARCHAR(4000) NOT NULL,
    job_execution_id  BIGINT        NOT NULL,
    PRIMARY KEY (complex_id, step)
);
