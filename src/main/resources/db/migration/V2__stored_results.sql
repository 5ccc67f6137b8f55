-- What is read from a job's best solution, stored with it so that reads serve it as it is instead of rebuilding
-- and rescoring the plan: the report and the score analysis as JSON, and every export rendered (a JSON object of
-- export name to content). Written in the same UPDATE as the best solution and, at the end, the job's status.
ALTER TABLE job ADD COLUMN best_report TEXT;
ALTER TABLE job ADD COLUMN best_analysis TEXT;
ALTER TABLE job ADD COLUMN best_exports TEXT;
