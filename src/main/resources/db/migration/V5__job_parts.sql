-- A job solved as parts (a scenario set: its baseline and each option) spreads them over the instances as jobs of
-- their own (docs/service.md, "Several instances"). A part points to its whole (deleted with it), has its name and
-- place in the whole, and the problem it solves (a document of the whole's kind).
ALTER TABLE job ADD COLUMN part_of VARCHAR(36);
ALTER TABLE job ADD COLUMN part VARCHAR(300);
ALTER TABLE job ADD COLUMN part_index INT;
ALTER TABLE job ADD COLUMN part_problem TEXT;
ALTER TABLE job ADD CONSTRAINT job_part_of_fk FOREIGN KEY (part_of) REFERENCES job (id) ON DELETE CASCADE;
CREATE INDEX job_part_of ON job (part_of);
