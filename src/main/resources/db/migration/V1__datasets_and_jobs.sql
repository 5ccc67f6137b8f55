-- Datasets and solve jobs, portable between H2 and PostgreSQL. Documents are JSON text: a dataset of any
-- kind, and a job's best solution as that kind's dataset with the plan in it.
CREATE TABLE dataset (
    id         VARCHAR(36)  PRIMARY KEY,
    kind       VARCHAR(40)  NOT NULL,
    name       VARCHAR(300) NOT NULL,
    created    TIMESTAMP WITH TIME ZONE NOT NULL,
    size_bytes BIGINT       NOT NULL,
    document   TEXT         NOT NULL
);

CREATE TABLE job (
    id              VARCHAR(36) PRIMARY KEY,
    -- Deleting a dataset deletes the jobs solved from it (docs/service.md).
    dataset_id      VARCHAR(36) NOT NULL REFERENCES dataset (id) ON DELETE CASCADE,
    kind            VARCHAR(40) NOT NULL,
    status          VARCHAR(20) NOT NULL,
    time_limit_ms   BIGINT      NOT NULL,
    weights         TEXT        NOT NULL,
    created         TIMESTAMP WITH TIME ZONE NOT NULL,
    started         TIMESTAMP WITH TIME ZONE,
    ended           TIMESTAMP WITH TIME ZONE,
    time_spent_ms   BIGINT      NOT NULL DEFAULT 0,
    best_score      VARCHAR(200),
    feasible        BOOLEAN,
    best_solution   TEXT,
    best_updated    TIMESTAMP WITH TIME ZONE,
    error           TEXT,
    -- A replanning job: the job whose plan was changed, and that plan as it was (what /changes compares with).
    replan_of       VARCHAR(36),
    baseline        TEXT
);

CREATE INDEX job_dataset ON job (dataset_id);
CREATE INDEX job_status ON job (status);
