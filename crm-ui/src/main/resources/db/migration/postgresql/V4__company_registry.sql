-- 首报首谈: the command side's record of which unit works which company, one row per lead, kept
-- by a subscribing processor in the same transaction as the lead events. A company is identified
-- by its credit code when known, and by its normalised name.
CREATE TABLE company_lead (
    lead_id     VARCHAR(64)  NOT NULL PRIMARY KEY,
    credit_code VARCHAR(18),
    name_key    VARCHAR(400) NOT NULL,
    unit_code   VARCHAR(40)  NOT NULL,
    active      BOOLEAN      NOT NULL
);
CREATE INDEX ix_company_lead_code ON company_lead (credit_code);
CREATE INDEX ix_company_lead_name ON company_lead (name_key);

-- One row per company key, inserted before a lead of that company is recorded: concurrent
-- registrations of the same company (PostgreSQL) queue on this row instead of both passing.
CREATE TABLE company_claim (
    company_key VARCHAR(420) NOT NULL PRIMARY KEY
);
