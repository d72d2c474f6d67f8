-- PLACEHOLDER on branch teamshared only: schema 010 belongs to another branch (teamdrafts, offline, ...).
-- Drop this file when merging; it only keeps the numbers without gaps so 013 can be run and tested here.
SELECT 1;
