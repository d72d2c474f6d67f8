-- PLACEHOLDER on branch teamdrafts only: schema 011 belongs to another branch (assigned by the lead).
-- It lets this branch's migration 012 run here (the runners refuse gaps). DELETE this file when merging.
SELECT 1;
