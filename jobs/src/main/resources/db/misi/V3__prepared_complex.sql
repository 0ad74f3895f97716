-- What preparation made of each input complex: the ligand chosen and the pocket cut around it.
CREATE TABLE prepared_complex (
    complex_id        VARCHAR(200) NOT NULL PRIMARY KEY,
    source_sha256     CHAR(64)     NOT NULL,
    ligand_ref        VARCHAR(40)  NOT NULL,
    ligand_atoms      INT          NOT NULL,
    pocket_residues   INT          NOT NULL,
    pocket_atoms      INT          NOT NULL,
    pocket_radius     DOUBLE       NOT NULL,
    job_execution_id  BIGINT       NOT NULL
);
