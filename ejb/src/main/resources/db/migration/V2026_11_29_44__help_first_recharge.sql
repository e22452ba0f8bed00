-- A help-first case rejected after help: what the statutory line paid the child since help began is
-- re-charged to a named fallback fund (Dr the statutory fund, Cr the fallback fund), never recovered
-- from the family. Each payment line re-charged names the fund and the entry.
ALTER TABLE cb_payment_line ADD COLUMN recharge_fund_id BIGINT;
ALTER TABLE cb_payment_line ADD COLUMN recharge_entry_id BIGINT;
