-- The machine-readable kind of each quarantined input (org.misibench.source.Problem), beside the reason in words.
ALTER TABLE quarantine ADD COLUMN problem VARCHAR(40) DEFAULT '' NOT NULL;
