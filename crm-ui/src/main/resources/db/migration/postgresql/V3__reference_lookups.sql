-- Command-side lookups of reference data (units, industry chains), written by a subscribing event
-- processor in the same transaction as the events they mirror, and read by command handlers for
-- rules that span aggregates (a lead's unit and chain must exist; the Beijing office has no quota).
CREATE TABLE unit_registry (
    code VARCHAR(40) NOT NULL PRIMARY KEY,
    kind VARCHAR(20) NOT NULL
);

CREATE TABLE chain_registry (
    code VARCHAR(40) NOT NULL PRIMARY KEY
);
