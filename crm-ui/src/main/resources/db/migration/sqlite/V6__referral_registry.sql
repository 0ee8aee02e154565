-- First referrers: a company (by normalised name, and by credit code when known) is recorded here
-- by its first non-duplicate referral, in the same transaction as the referral event.
CREATE TABLE referral_company (
    company_key VARCHAR(420) NOT NULL PRIMARY KEY,
    referral_id VARCHAR(64)  NOT NULL
);
